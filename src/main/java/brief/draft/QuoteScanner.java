package brief.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the runs of text between double quotation marks (straight, curly or guillemets), including
 * quotations left open at a paragraph's end and reopened in the next one, as journalists write
 * them.
 */
final class QuoteScanner {
  private QuoteScanner() {}

  /**
   * All spans of one paragraph; {@code openFromBefore} when the paragraph before left a quotation
   * open. The marks are read as the fidelity check reads them (the format's "quoted span"): an
   * opening mark ({@code “ „ ‟ «} or a straight one) opens, a closing one ({@code ” »} or a
   * straight one) closes, and other marks inside a quotation are its text.
   */
  static List<QuotedSpan> spans(int number, String p, boolean openFromBefore) {
    List<QuotedSpan> out = new ArrayList<>();
    int open = -1;
    boolean continued = false;
    for (int i = 0; i < p.length(); i++) {
      char c = p.charAt(i);
      if (open < 0 && opens(c)) {
        open = i;
        continued = openFromBefore && out.isEmpty() && p.substring(0, i).isBlank();
      } else if (open >= 0 && (c == '”' || c == '»' || c == '"')) {
        out.add(new QuotedSpan(number, open, i, trim(p.substring(open + 1, i)), false, continued));
        open = -1;
        continued = false;
      }
    }
    if (open >= 0) {
      out.add(
          new QuotedSpan(number, open, p.length(), trim(p.substring(open + 1)), true, continued));
    }
    return out;
  }

  /** Whether a paragraph reopens a quotation (its first character is an opening mark). */
  static boolean reopens(String p) {
    String s = p.stripLeading();
    return !s.isEmpty() && opens(s.charAt(0));
  }

  private static boolean opens(char c) {
    return c == '"' || c == '“' || c == '„' || c == '‟' || c == '«';
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
  private static final Pattern SPEECH_CUE =
      Pattern.compile(
          "\\b(said|says|say|saying|called|calls|calling|call|promised|promises|promising|pledged|pledging|vowed|vows"
              + "|warned|warns|warning|described|describes|describing|termed|urged|insisted|added|adding|stated|stating"
              + "|declared|noted|argued|wrote|told|telling|asked|replied|explained|recalled|stressed|emphasi[sz]ed"
              + "|remarked|claimed|announced|put it|demanded|demanding|dismissed|dismissing|hailed|hailing|praised"
              + "|criticised|criticized|condemned|branded|labelled|labeled)\\b");
  private static final Pattern AFTER_ATTRIBUTION =
      Pattern.compile(
          "^\\s*[,—–-]?\\s*(he|she|they|the \\p{L}+|\\p{Lu}\\p{L}+(\\s\\p{Lu}\\p{L}+)*)\\s+(said|says|added|adds|told|asked|replied)\\b"
              + "|^\\s*[,—–-]?\\s*(said|says|added)\\s");
  private static final Pattern DETERMINER_BEFORE =
      Pattern.compile("\\b(a|an|the|this|its|their|his|her|our|so-called)\\s*$");
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
    if (wordCount < 2) {
      return false;
    }
    String stripped = before.stripTrailing();
    if (stripped.endsWith(":") || stripped.endsWith(",")) {
      return true;
    }
    String[] last = stripped.split("\\s+");
    String tail =
        String.join(
            " ", java.util.Arrays.copyOfRange(last, Math.max(0, last.length - 4), last.length));
    return SPEECH_CUE.matcher(tail).find();
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
