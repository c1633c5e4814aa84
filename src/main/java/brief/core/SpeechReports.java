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
   * President Aliyev}; empty when no name was given before). A description or a pronoun ({@code the
   * daily}) stands for the last speaker named, or else ({@code orElse}) for a party named since as
   * a sentence's subject or as the one told ({@code Izvestia was more cautious}, {@code told
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

  private static final String NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}.\\-]*";
  static final String PROPER =
      NAME_WORD
          + "(?:\\s+(?:(?:of|in|for|de|del|von|van|der|al|bin|ibn|la|le)\\s+)*"
          + NAME_WORD
          + ")*";

  /** {@code the Azerbaijani leader}; not {@code the reform and} (a second verb of a subject). */
  static final String DESCRIPTION =
      "[Tt]he(?:\\s+(?!(?:and|or|but|then|that|which|who|to|of)\\b)[\\p{L}\\-]+){1,3}";

  static final String PRONOUN = "\\b(?:he|she|they|He|She|They)";
  static final Pattern PRONOUN_WORD = Pattern.compile(PRONOUN + "\\b");

  /**
   * The words that put a place or a body inside a longer subject ({@code freight forwarders in
   * Lənkəran}); a lowercase title before a name ({@code Company president Rovshan Najaf}) does not.
   */
  private static final Pattern PREPOSITION =
      Pattern.compile("(?:in|of|from|at|for|to|with|by|near|across|outside|inside|around|on)");

  private static final Pattern VERB = Pattern.compile("\\b" + SpeechVerbs.PATTERN + "\\b");
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
  private static final String SAYING =
      "(?:’s|'s)\\s+(?:confidence|words|view|views|remarks?|statement|claim|promise"
          + "|message|assurance|belief|hope|insistence|call|warning|pledge|address|speech)\\b";
  private static final Pattern POSSESSIVE =
      Pattern.compile("(?:(" + PROPER + ")|(" + DESCRIPTION + "))" + SAYING);

  /** What {@link #POSSESSIVE} ends with: looked for first, since few paragraphs have it. */
  private static final Pattern SAYING_ALONE = Pattern.compile(SAYING);

  private static final Pattern ACCORDING =
      Pattern.compile("\\b[Aa]ccording to\\s+(" + PROPER + ")");
  private static final Pattern COLON = Pattern.compile("(" + PROPER + "):\\s*$");

  /** The article's own voice: never a speaker the article reports. */
  private static final Pattern AUTHOR =
      Pattern.compile("(?i)the (?:author|writer|columnist|article|piece|column|editorial)");

  /** The name a report by the author stands for (no stakeholder's name has angle brackets). */
  public static final String AUTHOR_NAME = "<the author>";

  /** Words that start a sentence or a clause and are not part of the name after them. */
  static final Pattern LEADING =
      Pattern.compile("^(?:(?:As|When|While|And|But|So|Yet|Then|In|On|At|Also|Here)\\s+)+");

  private final List<Report> reports;

  private SpeechReports(List<Report> reports) {
    this.reports = reports;
  }

  public List<Report> all() {
    return reports;
  }

  /**
   * The last words of a long sentence before its verb: a subject is never longer, and the pattern,
   * which must end at the verb, is tried from every char before it. Cut at a space.
   */
  private static String near(String tail) {
    if (tail.length() <= NEAR) {
      return tail;
    }
    int cut = tail.indexOf(' ', tail.length() - NEAR);
    return cut < 0 ? tail : tail.substring(cut);
  }

  /** Longer than any subject the pattern takes: a name, a relative clause of 80, the fillers. */
  private static final int NEAR = 320;

  public static SpeechReports of(SourceText source) {
    List<Report> found = new ArrayList<>();
    Referents referents = new Referents();
    for (int p = 1; p <= source.size(); p++) {
      String narration = source.narration().text(p);
      List<Report> here = new ArrayList<>();
      Matcher v = VERB.matcher(narration);
      while (v.find()) {
        // The subject lies in the last NEAR chars: twice as many give the same cut as all before.
        String tail =
            near(Sentences.tail(narration.substring(Math.max(0, v.start() - 2 * NEAR), v.start())));
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
      boolean saying = SAYING_ALONE.matcher(narration).find();
      while (saying && m.find()) {
        here.add(report(p, m.start(), m.end(), m));
      }
      m = ACCORDING.matcher(narration);
      boolean according = narration.contains("ccording to");
      while (according && m.find()) {
        here.add(new Report(p, m.start(), m.end(), m.group(1), m.group(1)));
      }
      here.sort((a, b) -> Integer.compare(a.start(), b.start()));
      found.addAll(referents.resolve(here, narration));
    }
    return new SpeechReports(List.copyOf(found));
  }

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
        !proper.isEmpty()
            ? proper
            : s.group(2) != null ? s.group(2) : s.group(3) != null ? s.group(3) : s.group().strip();
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

  /**
   * Who the article says spoke the quotation that starts at char {@code start} of paragraph {@code
   * paragraph} and ends at char {@code end} of paragraph {@code endParagraph}: the attribution in
   * the same sentence, after the quotation first ({@code ," he said}), else before it.
   */
  public Optional<Report> speakerOf(
      SourceText source, int paragraph, int start, int endParagraph, int end) {
    String after = source.paragraph(endParagraph);
    int sentenceEnd = Sentences.end(after, end);
    for (Report r : reports) {
      if (r.paragraph() == endParagraph && r.start() >= end && r.start() <= sentenceEnd) {
        return Optional.of(r);
      }
    }
    String before = source.paragraph(paragraph).substring(0, Math.max(0, start));
    int sentenceStart = before.length() - Sentences.tail(before).length();
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
}
