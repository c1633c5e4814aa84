package brief.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the runs of text between quotation marks ({@link QuotationMarks}): quotations, the ones
 * quoted inside them, and quotations continued over paragraphs, reopened with a mark or not, as
 * journalists write them.
 */
final class QuoteScanner {
  private QuoteScanner() {}

  /** How many paragraphs a quotation may run on without a mark before its closing one. */
  static final int MAX_UNMARKED = 6;

  /** All spans of one paragraph that opens no quotation left open before it. */
  static List<QuotedSpan> spans(int number, String p, boolean openFromBefore) {
    return spans(number, p, openFromBefore ? '"' : 0, false);
  }

  /**
   * All spans of one paragraph, outer ones before those inside them. {@code carried} is the opening
   * mark of a quotation left open in the paragraph before (0 for none); {@code unmarked} when it
   * goes on here without being reopened by a mark.
   */
  static List<QuotedSpan> spans(int number, String p, char carried, boolean unmarked) {
    List<QuotedSpan> out = new ArrayList<>();
    List<int[]> stack = new ArrayList<>();
    int continuedAt = Integer.MIN_VALUE;
    if (carried != 0 && unmarked) {
      stack.add(new int[] {-1, carried});
      continuedAt = -1;
    }
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (!stack.isEmpty()) {
        int[] top = stack.get(stack.size() - 1);
        // At the outer level ” and » close whatever opened, as `validate` reads them.
        boolean closes =
            QuotationMarks.closes((char) top[1], c)
                || stack.size() == 1 && (c == '”' || c == '»' || c == '"');
        if (closes
            && (!QuotationMarks.isSingle(c)
                || i + 1 == p.length()
                || !Character.isLetterOrDigit(p.charAt(i + 1)))) {
          stack.remove(stack.size() - 1);
          out.add(
              new QuotedSpan(
                  number,
                  top[0],
                  i,
                  trim(p.substring(top[0] + 1, i)),
                  false,
                  top[0] == continuedAt,
                  stack.size(),
                  (char) top[1]));
          continue;
        }
      }
      if (QuotationMarks.opens(c, stack.size())
          && (!QuotationMarks.isSingle(c)
              || i == 0
              || !Character.isLetterOrDigit(p.charAt(i - 1)))) {
        if (stack.isEmpty()
            && carried != 0
            && !unmarked
            && out.isEmpty()
            && p.substring(0, i).isBlank()) {
          continuedAt = i;
        }
        stack.add(new int[] {i, c});
      }
    }
    if (!stack.isEmpty()) {
      int[] bottom = stack.get(0);
      out.add(
          new QuotedSpan(
              number,
              bottom[0],
              p.length(),
              trim(p.substring(bottom[0] + 1)),
              true,
              bottom[0] == continuedAt,
              0,
              (char) bottom[1]));
    }
    out.sort(java.util.Comparator.comparingInt(QuotedSpan::open));
    return out;
  }

  /** Whether a paragraph reopens a quotation (its first character is an opening mark). */
  static boolean reopens(String p) {
    String s = p.stripLeading();
    return !s.isEmpty() && QuotationMarks.opens(s.charAt(0), 0);
  }

  /**
   * Where a quotation left open in paragraph {@code from} ends when the paragraphs after it do not
   * reopen it: the index of the paragraph whose closing mark ends it, the ones between having no
   * mark at all; -1 when no such paragraph follows soon (then it was never a quotation).
   */
  static int unmarkedEnd(List<String> paragraphs, int from, char opener) {
    for (int k = from + 1; k < paragraphs.size() && k <= from + MAX_UNMARKED; k++) {
      String p = paragraphs.get(k);
      if (reopens(p)) {
        return -1;
      }
      List<QuotedSpan> spans = spans(k + 1, p, opener, true);
      if (!spans.isEmpty() && spans.get(0).open() < 0 && !spans.get(0).runsOn()) {
        return k;
      }
      if (p.chars().anyMatch(c -> QuotationMarks.isMark((char) c))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * The quote as stored: one line (runs of white space are one space, as the fidelity check folds
   * them), no surrounding space, no comma or colon left by the sentence around it.
   */
  static String trim(String s) {
    String t = s.replaceAll("\\s+", " ").strip();
    while (!t.isEmpty() && ",;:".indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1).stripTrailing();
    }
    return t;
  }

  private static final Pattern NAMING =
      Pattern.compile(
          "(so-called|so called|the (word|words|term|phrase|label|slogan|hashtag|motto|name)|known as|nicknamed|dubbed"
              + "|titled|entitled|headlined|named|branded|the (film|book|song|album|novel|report|play|show|programme"
              + "|program|series|operation|campaign|initiative|doctrine|project))\\s*$");
  private static final String SPEECH = Phrasebook.get().alternation("verbs");
  private static final Pattern SPEECH_CUE =
      Pattern.compile("(?<![\\p{L}])" + SPEECH + "(?![\\p{L}])");
  private static final Pattern AFTER_ATTRIBUTION =
      Pattern.compile(
          "^\\s*[,—–-]?\\s*(?:[—–-]\\s*)?(?:(?:"
              + Phrasebook.get().alternation("pronouns")
              + "|the \\p{L}+|\\p{Lu}\\p{L}+(?:\\s\\p{Lu}\\p{L}+)*)\\s+(?:"
              + SPEECH
              + ")(?![\\p{L}])|(?:"
              + SPEECH
              + ")\\s)");
  private static final Pattern DETERMINER_BEFORE =
      Pattern.compile("\\b(a|an|the|this|its|their|his|her|our|so-called)\\s*$");
  private static final Pattern SUBJECT_BEFORE =
      Pattern.compile(
          "(?:^|[^\\p{L}])(?:" + Phrasebook.get().alternation("pronouns") + "|\\p{Lu}\\p{L}+)$");
  private static final Pattern SMALL_WORD =
      Pattern.compile("(a|an|the|of|and|or|in|on|for|to|at|by|with|from|is)");

  /**
   * Whether a span is somebody's words rather than a name, a title or a scare quote: long enough to
   * be a statement, or introduced as speech ({@code called the plan "a step backwards"}, {@code
   * promised "results by spring"}), or followed by an attribution.
   */
  static boolean isQuotation(QuotedSpan span, String paragraph) {
    String text = span.text();
    if (span.runsOn() || span.continued()) {
      return true;
    }
    String before = paragraph.substring(0, span.open()).toLowerCase(Locale.ROOT);
    String near = before.substring(Math.max(0, before.length() - 40));
    if (NAMING.matcher(near).find()) {
      return false;
    }
    String[] words = text.split("\\s+");
    int wordCount =
        (int)
            java.util.Arrays.stream(words)
                .filter(w -> w.codePoints().anyMatch(Character::isLetter))
                .count();
    if (wordCount == 0) {
      return false;
    }
    String after = paragraph.substring(Math.min(paragraph.length(), span.close() + 1));
    if (AFTER_ATTRIBUTION.matcher(after).find() && endsLikeSpeech(text)) {
      return true;
    }
    if (isTitleCase(words) && !before.stripTrailing().endsWith(":")) {
      return false;
    }
    if (wordCount >= 5) {
      return true;
    }
    if (DETERMINER_BEFORE.matcher(before).find()) {
      return false; // a "frozen conflict": a term the writer keeps at arm's length
    }
    String stripped = paragraph.substring(0, span.open()).stripTrailing();
    if (wordCount >= 2 && (stripped.endsWith(":") || stripped.endsWith(","))) {
      return true;
    }
    // A short quote the sentence attributes: she said the talks had been "useful", she "saw
    // readiness": a speech verb earlier in its sentence, or the quote right after its subject.
    String sentence = stripped.substring(Sentences.lastStart(stripped, 0, stripped.length()));
    String[] last = stripped.split("\\s+");
    String tail =
        String.join(
            " ", java.util.Arrays.copyOfRange(last, Math.max(0, last.length - 4), last.length));
    return SPEECH_CUE.matcher(sentence).find()
            && Character.isLowerCase(text.codePointAt(0))
            && !stripped.endsWith(" as")
        || wordCount >= 2 && SPEECH_CUE.matcher(tail).find()
        || wordCount >= 2
            && SUBJECT_BEFORE.matcher(stripped).find()
            && Character.isLowerCase(text.codePointAt(0));
  }

  private static boolean endsLikeSpeech(String text) {
    return !text.isEmpty() && ",.!?…—".indexOf(text.charAt(text.length() - 1)) >= 0
        || text.split("\\s+").length >= 2;
  }

  private static boolean isTitleCase(String[] words) {
    if (words.length < 2) {
      return words.length == 1
          && !words[0].isEmpty()
          && Character.isUpperCase(words[0].codePointAt(0));
    }
    String last = words[words.length - 1];
    if (!last.isEmpty() && ".!?,".indexOf(last.charAt(last.length() - 1)) >= 0) {
      return false;
    }
    for (String w : words) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (!SMALL_WORD.matcher(lower).matches()
          && !w.isEmpty()
          && !Character.isUpperCase(w.codePointAt(0))
          && Character.isLetter(w.codePointAt(0))) {
        return false;
      }
    }
    return true;
  }
}
