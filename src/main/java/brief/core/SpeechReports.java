package brief.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who the article says spoke, by its own words of attribution: a speech verb with its subject in
 * the narration ({@code President Aliyev said}, {@code ," said Jane Smith}, {@code The President
 * pointed out,}), a possessive ({@code The President’s confidence that “…”}), {@code according to
 * X} and {@code X: “…”}. A subject that is a description or a pronoun ({@code the Azerbaijani
 * leader}, {@code he}) stands for the last speaker the article named before it. Words inside
 * quotation marks never attribute: a name a speaker says is not the speaker.
 *
 * <p>Pure text rules, shared by the fidelity check (which asks "who does the article say spoke this
 * quotation?") and open to the drafter.
 */
public final class SpeechReports {
  /**
   * The article reports someone's words: in paragraph {@code paragraph}, at chars [{@code start},
   * {@code end}) (the words of attribution), the speaker as the article names them ({@code
   * written}: {@code The President}) and the proper name it stands for ({@code name}: {@code
   * President Aliyev}; empty when no name was given before). A description or a pronoun ({@code
   * the daily}) stands for the last speaker named, or else ({@code orElse}) for a party named since
   * as a sentence's subject or as the one told ({@code Izvestia was more cautious}, {@code told
   * Report}): a text rule cannot tell which.
   */
  public record Report(
      int paragraph, int start, int end, String written, String name, List<String> orElse) {
    Report(int paragraph, int start, int end, String written, String name) {
      this(paragraph, start, end, written, name, List.of());
    }

    /** Whether the article may mean {@code party} here: the name, or another it may stand for. */
    public boolean mayMean(java.util.function.Predicate<String> party) {
      return party.test(name) || orElse.stream().anyMatch(party);
    }
  }

  /** The verbs of reported speech, one home for the fidelity check's list. */
  public static final String VERBS =
      "(?:said|says|say|told|tells|added|adds|stated|states|declared|declares|noted|notes|argued"
          + "|wrote|writes|warned|warns|insisted|insists|promised|pledged|vowed|called|described"
          + "|urged|asked|replied|explained|recalled|reminded|pointed out|points out|highlighted"
          + "|emphasi[sz]ed|emphasi[sz]es|stressed|stresses|praised|remarked|acknowledged|admitted"
          + "|claimed|announced|observed|suggested|predicted|put it|stating|saying|adding|telling"
          + "|noting|answered|responded|conceded|underlined|underscored|affirmed|assured"
          + "|confirmed|articulated|expressed)";

  private static final String NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}.\\-]*";
  private static final String PROPER =
      NAME_WORD
          + "(?:\\s+(?:(?:of|in|for|de|del|von|van|der|al|bin|ibn|la|le)\\s+)*"
          + NAME_WORD
          + ")*";
  /** {@code the Azerbaijani leader}; not {@code the reform and} (a second verb of a subject). */
  private static final String DESCRIPTION =
      "[Tt]he(?:\\s+(?!(?:and|or|but|then|that|which|who|to|of)\\b)[\\p{L}\\-]+){1,3}";
  private static final String PRONOUN = "\\b(?:he|she|they|He|She|They)";
  private static final Pattern PRONOUN_WORD = Pattern.compile(PRONOUN + "\\b");
  private static final Pattern REFERS_BACK = Pattern.compile(DESCRIPTION + "|" + PRONOUN);

  /**
   * The words that put a place or a body inside a longer subject ({@code freight forwarders in
   * Lənkəran}); a lowercase title before a name ({@code Company president Rovshan Najaf}) does not.
   */
  private static final Pattern PREPOSITION =
      Pattern.compile("(?:in|of|from|at|for|to|with|by|near|across|outside|inside|around|on)");

  private static final Pattern VERB = Pattern.compile("\\b" + VERBS + "\\b");
  private static final Pattern SUBJECT_BEFORE =
      Pattern.compile(
          "(?:("
              + PROPER
              + ")|("
              + DESCRIPTION
              + ")|("
              + PRONOUN
              + "))(?:\\s+(?:also|recently|later|then|again|once|has|have|had|was|is|who))*"
              // "Kamaladdin Heydarov, who accompanied him, said": a relative clause between.
              + "(?:,\\s+(?:who|which|whose)\\s[^,.]{1,80},)?"
              // "His counterpart, Mher Grigoryan, said": the apposition's closing comma.
              + ",?\\s+$");
  private static final Pattern SUBJECT_AFTER =
      Pattern.compile("^ (?:(" + PROPER + ")|(" + DESCRIPTION + ")|(" + PRONOUN + "))\\b");
  private static final Pattern POSSESSIVE =
      Pattern.compile(
          "(?:("
              + PROPER
              + ")|("
              + DESCRIPTION
              + "))(?:’s|'s)\\s+(?:confidence|words|view|views|remarks?|statement|claim|promise"
              + "|message|assurance|belief|hope|insistence|call|warning|pledge|address|speech)\\b");
  private static final Pattern ACCORDING =
      Pattern.compile("\\b[Aa]ccording to\\s+(" + PROPER + ")");
  private static final Pattern COLON = Pattern.compile("(" + PROPER + "):\\s*$");

  /** The article's own voice: never a speaker the article reports. */
  private static final Pattern AUTHOR =
      Pattern.compile("(?i)the (?:author|writer|columnist|article|piece|column|editorial)");

  /** The name a report by the author stands for (no stakeholder's name has angle brackets). */
  public static final String AUTHOR_NAME = "<the author>";

  /** Words that start a sentence or a clause and are not part of the name after them. */
  private static final Pattern LEADING =
      Pattern.compile("^(?:(?:As|When|While|And|But|So|Yet|Then|In|On|At|Also|Here)\\s+)+");

  private final List<Report> reports;

  private SpeechReports(List<Report> reports) {
    this.reports = reports;
  }

  public List<Report> all() {
    return reports;
  }

  public static SpeechReports of(SourceText source) {
    List<Report> found = new ArrayList<>();
    String last = "";
    List<String> since = new ArrayList<>();
    List<String> seen = new ArrayList<>(); // every party named so far
    StringBuilder read = new StringBuilder(); // the narration of the paragraphs before
    for (int p = 1; p <= source.size(); p++) {
      String narration = source.narration().text(p);
      List<Report> here = new ArrayList<>();
      Matcher v = VERB.matcher(narration);
      while (v.find()) {
        String tail = sentenceTail(narration.substring(0, v.start()));
        Matcher s = SUBJECT_BEFORE.matcher(tail);
        if (s.find()) {
          here.add(
              inPhrase(tail, s)
                  ? new Report(p, v.start() - tail.length() + s.start(), v.end(), s.group(), "")
                  : report(p, v.start() - tail.length() + s.start(), v.end(), s));
        } else if (afterQuotation(source, p, v.start())) {
          s = SUBJECT_AFTER.matcher(narration.substring(v.end()));
          if (s.find()) {
            here.add(report(p, v.start(), v.end() + s.end(), s));
          }
        }
      }
      Matcher m = POSSESSIVE.matcher(narration);
      while (m.find()) {
        here.add(report(p, m.start(), m.end(), m));
      }
      m = ACCORDING.matcher(narration);
      while (m.find()) {
        here.add(new Report(p, m.start(), m.end(), m.group(1), m.group(1)));
      }
      here.sort((a, b) -> Integer.compare(a.start(), b.start()));
      List<Subject> subjects = otherParties(narration, here);
      int next = 0;
      for (Report r : here) {
        while (next < subjects.size() && subjects.get(next).start() < r.start()) {
          Subject subject = subjects.get(next++);
          another(since, subject.name(), last);
          another(seen, subject.name(), "");
        }
        if (r.name().isEmpty() && REFERS_BACK.matcher(r.written()).matches()) {
          String meant = titled(r.written(), read + narration.substring(0, r.start()));
          // "he" may mean anyone the article has named ("Later, the Azerbaijani leader thanked
          // them. '…,' he said"); "the minister" only someone named since the last speaker.
          boolean pronoun = PRONOUN_WORD.matcher(r.written().strip()).matches();
          List<String> orElse = new ArrayList<>(pronoun ? seen : since);
          orElse.remove(last);
          found.add(
              new Report(
                  r.paragraph(),
                  r.start(),
                  r.end(),
                  r.written(),
                  meant.isEmpty() ? last : meant,
                  List.copyOf(orElse)));
        } else {
          found.add(r);
        }
        if (!r.name().isEmpty() && !r.name().equals(AUTHOR_NAME)) {
          last = r.name();
          since.clear();
          another(seen, last, "");
        }
      }
      while (next < subjects.size()) {
        Subject subject = subjects.get(next++);
        another(since, subject.name(), last);
        another(seen, subject.name(), "");
      }
      read.append(narration).append('\n');
    }
    return new SpeechReports(List.copyOf(found));
  }

  /**
   * A sentence that opens with a name, then a lowercase word ({@code Izvestia was more cautious}),
   * or the one told ({@code told Report}).
   */
  private static final Pattern OTHER_PARTY =
      Pattern.compile(
          "(?:(?:^|[.!?]\\s+)(" + PROPER + ")\\s+\\p{Ll}|\\b(?:told|tells)\\s+(" + PROPER + "))");

  /** Words that open a sentence without naming anyone. */
  private static final Pattern NOT_A_SUBJECT =
      Pattern.compile(
          "(?:The|A|An|It|Its|This|That|These|Those|There|Here|He|She|They|We|I|You|His|Her"
              + "|Their|Our|In|On|At|As|When|While|And|But|So|Yet|Then|Also|After|Before|If)");

  /** The parties {@link #OTHER_PARTY} finds in the narration that no report here names. */
  private static List<Subject> otherParties(String narration, List<Report> here) {
    List<Subject> at = new ArrayList<>();
    Matcher m = OTHER_PARTY.matcher(narration);
    while (m.find()) {
      int g = m.group(1) != null ? 1 : 2;
      String name = LEADING.matcher(m.group(g)).replaceFirst("");
      int start = m.start(g);
      boolean reported = here.stream().anyMatch(r -> r.start() <= start && start < r.end());
      if (!name.isEmpty() && !reported && !NOT_A_SUBJECT.matcher(name.split("\\s+")[0]).matches()) {
        at.add(new Subject(start, name));
      }
    }
    return at;
  }

  /**
   * The person a description names by the title the article gave them ({@code the prime minister}
   * after {@code Prime Minister Irakli Kobakhidze}), the latest so titled in {@code before}; empty
   * if none.
   */
  private static String titled(String description, CharSequence before) {
    String[] words = description.strip().split("\\s+");
    if (words.length < 2 || PRONOUN_WORD.matcher(description.strip()).matches()) {
      return "";
    }
    StringBuilder title = new StringBuilder();
    for (int i = 1; i < words.length; i++) {
      title.append(i == 1 ? "" : "\\s+").append(Pattern.quote(words[i]));
    }
    Matcher m =
        Pattern.compile("(?<![\\p{L}])(?iu:" + title + ")\\s+(" + PROPER + ")").matcher(before);
    String found = "";
    while (m.find()) {
      found = LEADING.matcher(m.group(1)).replaceFirst("");
    }
    return found;
  }

  /** Adds {@code name} unless it is the last speaker's ({@code Hajili} of {@code Arif Hajili}). */
  private static void another(List<String> since, String name, String last) {
    if (!ContentWords.hasPhrase(last, name)
        && since.stream().noneMatch(n -> ContentWords.hasPhrase(n, name))) {
      since.add(name);
    }
  }

  private record Subject(int start, String name) {}

  /**
   * Whether a proper name found as the subject ends a longer phrase ({@code freight forwarders in
   * Lənkəran}): then the speaker is the phrase, not the place named in it.
   */
  private static boolean inPhrase(String tail, Matcher s) {
    if (s.group(1) == null) {
      return false;
    }
    int i = s.start() - 1;
    while (i >= 0 && tail.charAt(i) == ' ') {
      i--;
    }
    int w = i;
    while (w >= 0 && Character.isLetter(tail.charAt(w))) {
      w--;
    }
    return i >= 0 && PREPOSITION.matcher(tail.substring(w + 1, i + 1)).matches();
  }

  /** A report whose subject is group 1 (a proper name), 2 (a description) or 3 (a pronoun). */
  private static Report report(int p, int start, int end, Matcher s) {
    String proper = s.group(1) == null ? "" : LEADING.matcher(s.group(1)).replaceFirst("");
    String written =
        !proper.isEmpty() ? proper : s.group(2) != null ? s.group(2) : s.group(3) != null ? s.group(3) : s.group().strip();
    if (PRONOUN_WORD.matcher(proper).matches()) {
      proper = ""; // "He said": the last speaker named
    }
    if (!proper.isEmpty() && !Character.isUpperCase(proper.codePointAt(0))) {
      proper = "";
    }
    if (proper.startsWith("The ")) {
      proper = ""; // "The President": a description
    }
    if (AUTHOR.matcher(written).matches()) {
      return new Report(p, start, end, written, AUTHOR_NAME);
    }
    return new Report(p, start, end, written, proper);
  }

  /**
   * Whether a quotation ends just before char {@code at} (commas and spaces between): {@code ,"
   * said Jane Smith}.
   */
  private static boolean afterQuotation(SourceText source, int p, int at) {
    String text = source.paragraph(p);
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == ',')) {
      i--;
    }
    return i >= 0 && source.narration().quoted(p, i);
  }

  /** The part of {@code text} after its last sentence end. */
  private static String sentenceTail(String text) {
    for (int i = text.length() - 1; i > 0; i--) {
      char c = text.charAt(i - 1);
      if ((c == '.' || c == '!' || c == '?')
          && Character.isWhitespace(text.charAt(i))
          && !abbreviation(text, i - 1)) {
        return text.substring(i);
      }
    }
    return text;
  }

  /** Whether the full stop at {@code dot} ends an abbreviation ({@code U.S.}, {@code Mr.}). */
  static boolean abbreviation(String text, int dot) {
    int w = dot;
    while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
      w--;
    }
    String word = text.substring(w, dot);
    return word.matches("(?:\\p{Lu}\\.?)+|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Prof|Lt|Col|Jr|Sr|No")
        && !word.matches("\\p{Lu}\\p{Ll}{2,}");
  }

  /**
   * Who the article says spoke the quotation that starts at char {@code start} of paragraph {@code
   * paragraph} and ends at char {@code end} of paragraph {@code endParagraph}: the attribution in
   * the same sentence, after the quotation first ({@code ," he said}), else before it.
   */
  public Optional<Report> speakerOf(
      SourceText source, int paragraph, int start, int endParagraph, int end) {
    String after = source.paragraph(endParagraph);
    int sentenceEnd = sentenceEnd(after, end);
    for (Report r : reports) {
      if (r.paragraph() == endParagraph && r.start() >= end && r.start() <= sentenceEnd) {
        return Optional.of(r);
      }
    }
    String before = source.paragraph(paragraph).substring(0, Math.max(0, start));
    int sentenceStart = before.length() - sentenceTail(before).length();
    Report found = null;
    for (Report r : reports) {
      if (r.paragraph() == paragraph && r.start() >= sentenceStart && r.end() <= start) {
        found = r;
      }
    }
    if (found == null) {
      Matcher colon = COLON.matcher(before);
      if (colon.find()) {
        found = new Report(paragraph, colon.start(), colon.end(), colon.group(1), colon.group(1));
      }
    }
    return Optional.ofNullable(found);
  }

  /** The reports in paragraph {@code p}. */
  public List<Report> in(int p) {
    return reports.stream().filter(r -> r.paragraph() == p).toList();
  }

  /** A sentence of paragraph {@code paragraph}, chars [{@code start}, {@code end}). */
  public record Sentence(int paragraph, int start, int end) {}

  /**
   * The sentence of the {@code cited} paragraphs that {@code point} restates most closely (three
   * content words shared at least), when it is the author's own: no quoted words and nobody
   * reported in it. A point that restates it is no one else's words.
   */
  public Optional<Sentence> authorsOwn(SourceText source, List<Integer> cited, String point) {
    java.util.Set<String> words = ContentWords.of(point);
    int bestShared = 0;
    Sentence best = null;
    for (int n : cited) {
      String text = source.paragraph(n);
      for (Sentences.Span span : Sentences.of(text)) {
        int shared =
            ContentWords.shared(words, ContentWords.of(text.substring(span.start(), span.end())));
        if (shared > bestShared) {
          bestShared = shared;
          best = new Sentence(n, span.start(), span.end());
        }
      }
    }
    if (best == null
        || bestShared < 3
        || source.narration().quotesWords(best.paragraph(), best.start(), best.end())
        || someoneSpeaks(best.paragraph(), best.start(), best.end())) {
      return Optional.empty();
    }
    return Optional.of(best);
  }

  /** Whether someone other than the author is reported between {@code start} and {@code end}. */
  public boolean someoneSpeaks(int p, int start, int end) {
    for (Report r : in(p)) {
      if (r.start() < end && r.end() > start && !r.name().equals(AUTHOR_NAME)) {
        return true;
      }
    }
    return false;
  }

  private static int sentenceEnd(String text, int from) {
    for (int i = Math.max(0, from); i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?')
          && Character.isWhitespace(text.charAt(i + 1))
          && !abbreviation(text, i)) {
        return i;
      }
    }
    return text.length();
  }
}
