package brief.draft;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

// Over 300 lines: the attribution rules of five languages, tested together by the draft corpus.
/**
 * Who said a quotation, from the words around it in its paragraph: an attribution after it ({@code
 * ," President Aliyev said}, {@code ," said Jane Smith}, {@code ," he added}, {@code », — заявил
 * Лавров}, {@code “…”, sagte die Ministerin}, {@code “…”, - deyə nazir əlavə edib}), a sentence
 * after it that points back to it ({@code Bunu deputat X bildirib}, {@code Об этом заявил Y}), or
 * the sentence that introduces it ({@code according to X}, {@code X: "…"}, {@code in X's words},
 * {@code Fidan, "…" dedi}, {@code Smith called the plan "…"}); the second half of a quotation split
 * around an attribution keeps the first half's speaker. A speaker may be a person, a body (a
 * ministry, a newspaper, a state) or a group; a news medium only told something ({@code X told
 * Report}) is never one. When the words name a speaker that cannot be resolved ("the ministry" with
 * no ministry named), nobody: the draft then says the speaker is unknown, never guesses.
 */
final class Attribution {
  private Attribution() {}

  /** A mention in a paragraph and who it was resolved to (null when it could not be). */
  record Resolved(Mention mention, Entity who) {}

  /** The speaker found and the words that say so, shown to the analyst. */
  record Speaker(Entity who, String evidence) {
    static final Speaker UNKNOWN = new Speaker(null, "");
  }

  private static final Phrasebook WORDS = Phrasebook.get();
  private static final String SPEECH = WORDS.alternation("verbs");
  private static final Pattern VERB_FIRST = Pattern.compile("^(?:" + SPEECH + ")(?![\\p{L}])\\s*");
  private static final Pattern VERB_NEXT =
      Pattern.compile(
          "^(?:’s|'s)?(?:,[^,]{1,80},|,)?\\s+(?:also\\s+|later\\s+|then\\s+|again\\s+|has\\s+|had\\s+|have\\s+"
              + "|hat\\s+|has\\s+also\\s+)?"
              + SPEECH
              + "(?![\\p{L}])");
  private static final Pattern ACCORDING_TO =
      Pattern.compile("(?iu)(?:" + WORDS.alternation("leads") + ")\\s+$");

  /** Words that describe a person before the name: no comma, no sentence end. */
  private static final Pattern DESCRIPTION = Pattern.compile("[\\p{L}\\p{N}’'\\-. ]+\\s");

  private static final Pattern LEAD_WORDS =
      Pattern.compile("(?iu)(" + WORDS.alternation("leads") + "|in the words of|in|as)\\s+$");
  private static final Pattern SPEECH_VERB =
      Pattern.compile("(?<![\\p{L}])" + SPEECH + "(?![\\p{L}])");
  private static final Pattern LEAD_IN =
      Pattern.compile(
          "(?iu)(?:"
              + WORDS.alternation("leads")
              + "|in the words of|words of)\\s+$|^\\s*(?:’s|'s) words|^\\s+put it|^\\s*:\\s*$"
              + "|^\\s*sözlərinə görə[,\\s]*$");

  /** Speech verbs of the languages that put the verb last (Azerbaijani, Turkish). */
  private static final Pattern VERB_LAST =
      Pattern.compile("(?<![\\p{L}])" + WORDS.alternation("verbs", "az", "tr") + "(?![\\p{L}])");

  private static final Pattern RESUMPTIVE =
      Pattern.compile("(?iu)(?<![\\p{L}])(?:" + WORDS.alternation("resumptive") + ")(?![\\p{L}])");

  /** A medium in the dative, as Azerbaijani and Turkish write it: "Report-a", "TRT Haber'e". */
  private static final Pattern DATIVE =
      Pattern.compile("^(?:-|['’])?(?:y?[aəe]|n[aə])(?![\\p{L}])");

  private static final Pattern TOLD_BEFORE =
      Pattern.compile(
          "(?iu)(?:" + WORDS.alternation("tells") + ")\\s+(?:the\\s+|to\\s+(?:the\\s+)?)?$");

  static Speaker of(
      QuotedSpan span,
      String text,
      int previousClose,
      int nextOpen,
      List<Resolved> mentions,
      Speaker previous,
      Speaker carried) {
    if (span.continued() && carried.who() != null) {
      return new Speaker(carried.who(), "continues the quotation of the paragraph before");
    }
    Speaker after = after(span, text, nextOpen, mentions);
    if (after != null) {
      return after;
    }
    Speaker before = span.open() < 0 ? null : before(span, text, previousClose, mentions);
    if (before != null) {
      return before;
    }
    if (previous.who() != null) {
      return new Speaker(previous.who(), "the quotation before it in this paragraph");
    }
    return Speaker.UNKNOWN;
  }

  /** The speaker named after the quotation; UNKNOWN when named but unresolved; null when none. */
  private static Speaker after(
      QuotedSpan span, String text, int nextOpen, List<Resolved> mentions) {
    int from = span.close() + 1;
    if (from >= text.length()) {
      return null;
    }
    int a = from;
    while (a < nextOpen
        && (Character.isWhitespace(text.charAt(a)) || ",—–-".indexOf(text.charAt(a)) >= 0)) {
      a++;
    }
    int end = Sentences.firstEnd(text, a, nextOpen);
    if (end <= a + 1 && a < nextOpen && ".!?".indexOf(text.charAt(a)) >= 0) {
      return resumed(text, a + 1, nextOpen, mentions);
    }
    String clause = text.substring(a, end);
    Matcher verb = VERB_FIRST.matcher(clause);
    if (verb.find()) {
      Resolved m = mentionNear(mentions, text, a + verb.end(), end);
      if (m != null) {
        return m.who() == null
            ? Speaker.UNKNOWN
            : evidence(m, text.substring(a, m.mention().end()));
      }
    }
    // The subject before the verb, perhaps after words that describe it ("EU foreign policy chief
    // Kaja Kallas told reporters").
    for (Resolved first : mentions) {
      int s = first.mention().start();
      if (s < a || s >= end || s - a > 48 || first.who() == null && !blocks(first)) {
        continue;
      }
      String between = text.substring(a, s);
      if (s - a > 1
          && !(DESCRIPTION.matcher(between).matches() && !SPEECH_VERB.matcher(between).find())) {
        break;
      }
      Matcher next = VERB_NEXT.matcher(text.substring(first.mention().end(), end));
      if (next.find() && !addressee(first, text)) {
        return first.who() == null
            ? Speaker.UNKNOWN
            : evidence(first, text.substring(a, first.mention().end() + next.end()));
      }
    }
    for (Resolved r : mentions) {
      int s = r.mention().start();
      if (s >= a
          && s < end
          && (r.who() != null || blocks(r))
          && ACCORDING_TO.matcher(text.substring(a, s)).find()) {
        return r.who() == null
            ? Speaker.UNKNOWN
            : evidence(r, text.substring(a, r.mention().end()));
      }
    }
    Speaker last = verbLast(text, a, end, mentions);
    if (last != null) {
      return last;
    }
    if (end < nextOpen && clause.strip().isEmpty()) {
      return resumed(text, end, nextOpen, mentions);
    }
    return null;
  }

  /**
   * The sentence after a quotation that points back to it ("Bunu deputat X bildirib", "Об этом
   * заявил Y", "Report xəbər verir ki, bunu X deyib"), if the next sentence is one.
   */
  private static Speaker resumed(String text, int from, int nextOpen, List<Resolved> mentions) {
    int a = from;
    while (a < nextOpen && Character.isWhitespace(text.charAt(a))) {
      a++;
    }
    int end = Sentences.firstEnd(text, a, nextOpen);
    Matcher back = RESUMPTIVE.matcher(text).region(a, end);
    if (!back.find() || back.start() - a > 60) {
      return null;
    }
    Matcher verb = SPEECH_VERB.matcher(text).region(back.end(), end);
    if (verb.find()) {
      Resolved m = mentionNear(mentions, text, verb.end() + 1, end);
      if (m != null && m.mention().start() - verb.end() <= 2) {
        return m.who() == null
            ? Speaker.UNKNOWN
            : evidence(m, text.substring(a, m.mention().end()));
      }
    }
    return verbLast(text, back.end(), end, mentions);
  }

  /**
   * A clause whose speech verb comes last, as Azerbaijani and Turkish write it ("deyə nazir əlavə
   * edib"): the speaker is the last mention before the verb that is not a medium told something.
   */
  private static Speaker verbLast(String text, int from, int end, List<Resolved> mentions) {
    Matcher verb = VERB_LAST.matcher(text).region(from, end);
    int verbAt = -1;
    while (verb.find()) {
      if (text.substring(verb.end(), end).replaceAll("[\\s.!?,;:]", "").length() <= 3) {
        verbAt = verb.start();
      }
    }
    if (verbAt < 0) {
      return null;
    }
    Resolved chosen = null;
    for (Resolved r : mentions) {
      if (r.mention().end() > from
          && r.mention().end() <= verbAt
          && !addressee(r, text)
          && (r.who() != null || blocks(r))) {
        chosen = r;
      }
    }
    if (chosen == null) {
      return null;
    }
    return chosen.who() == null
        ? Speaker.UNKNOWN
        : evidence(chosen, text.substring(chosen.mention().start(), Math.min(end, verbAt + 20)));
  }

  /** The speaker named in the words that introduce the quotation, or null. */
  private static Speaker before(
      QuotedSpan span, String text, int previousClose, List<Resolved> mentions) {
    int from = Sentences.lastStart(text, previousClose, span.open());
    String fragment = text.substring(from, span.open());
    if (fragment.isBlank()) {
      return null;
    }
    List<Resolved> inside =
        mentions.stream()
            .filter(
                r ->
                    r.mention().start() >= from
                        && r.mention().end() <= span.open()
                        && r.who() != null
                        && !addressee(r, text))
            .toList();
    for (Resolved r : inside) {
      String lead = text.substring(from, r.mention().start());
      String rest = text.substring(r.mention().end(), span.open());
      if (LEAD_IN.matcher(lead).find() || LEAD_IN.matcher(rest).find()) {
        return evidence(r, around(r, text, span.open()));
      }
    }
    if (inside.isEmpty()) {
      return null;
    }
    // The speaker is the one named last before the first speech verb; else the sentence's first.
    Matcher verb = SPEECH_VERB.matcher(text).region(inside.get(0).mention().end(), span.open());
    Resolved chosen =
        inside.stream()
            .filter(r -> r.who().kind == Entity.Kind.PERSON)
            .findFirst()
            .orElse(inside.get(0));
    if (verb.find()) {
      chosen = inside.get(0);
      for (Resolved r : inside) {
        if (r.mention().end() <= verb.start()) {
          chosen = r;
        }
      }
    }
    return evidence(chosen, around(chosen, text, span.open()));
  }

  /**
   * Whether a mention is a news medium that was only told something: after a speech verb ("told
   * Report", "sagte er der dpa") or in the dative ("Report-a açıqlamasında").
   */
  private static boolean addressee(Resolved r, String text) {
    if (!Cast.isMedia(r.who())) {
      return false;
    }
    String before = text.substring(Math.max(0, r.mention().start() - 40), r.mention().start());
    return TOLD_BEFORE.matcher(before.replaceAll("(?iu)\\s(?:der|dem|den)\\s+$", " ")).find()
        || DATIVE.matcher(text.substring(r.mention().end())).find();
  }

  /** The speaker's mention and the words from it to the quotation, the middle elided when long. */
  private static String around(Resolved r, String text, int open) {
    Matcher lead =
        LEAD_WORDS.matcher(
            text.substring(Math.max(0, r.mention().start() - 20), r.mention().start()));
    String rest = text.substring(r.mention().end(), open).replaceAll("\\s+", " ").stripTrailing();
    if (rest.length() > 40) {
      int firstSpace = rest.indexOf(' ', 1);
      int cut = rest.indexOf(' ', rest.length() - 30);
      rest =
          rest.substring(0, firstSpace > 0 && firstSpace < 16 ? firstSpace : 0)
              + " … "
              + rest.substring(cut < 0 ? rest.length() - 30 : cut + 1);
    }
    return (lead.find() ? lead.group(1) + " " : "")
        + text.substring(r.mention().start(), r.mention().end())
        + rest;
  }

  /**
   * The first mention at {@code at}, or after a few words that only describe it ("EU foreign policy
   * chief Kaja Kallas", "Azerbaijan's foreign minister Jeyhun Bayramov"): no comma, verb or
   * sentence end comes between. Media told something are passed over.
   */
  private static Resolved mentionNear(List<Resolved> mentions, String text, int at, int end) {
    for (Resolved r : mentions) {
      int s = r.mention().start();
      if (s >= at
          && s < end
          && s - at <= 48
          && !addressee(r, text)
          && (r.who() != null || blocks(r))) {
        String between = text.substring(at, s);
        if (s - at <= 1
            || DESCRIPTION.matcher(between).matches() && !SPEECH_VERB.matcher(between).find()) {
          return blocks(r) ? namedAfter(mentions, r, text, at, end) : r;
        }
      }
    }
    return null;
  }

  /**
   * A role or a body that only describes the person named right after it ("заявил глава российского
   * МИД Сергей Лавров": the head of the ministry, not the ministry): that person, else the role or
   * body itself.
   */
  private static Resolved namedAfter(
      List<Resolved> mentions, Resolved role, String text, int at, int end) {
    for (Resolved r : mentions) {
      int s = r.mention().start();
      if (r.who() != null
          && r.who().kind == Entity.Kind.PERSON
          && s >= role.mention().end()
          && s < end
          && s - at <= 64) {
        String between = text.substring(at, s);
        return DESCRIPTION.matcher(between).matches() && !SPEECH_VERB.matcher(between).find()
            ? r
            : role;
      }
    }
    return role;
  }

  /**
   * Whether a mention that could not be resolved still says who spoke (a role or body said again:
   * "the ministry" with no ministry named), so that nobody else may be taken for the speaker. An
   * unknown capitalised word or a pronoun says nothing.
   */
  private static boolean blocks(Resolved r) {
    Mention.Type t = r.mention().type();
    return t == Mention.Type.ROLE || t == Mention.Type.BODY || t == Mention.Type.GROUP;
  }

  /** The quotation is the speaker's; one inside another is its own speaker's (else nobody's). */
  static Speaker inner(QuotedSpan inner, QuotedSpan outer, String text, List<Resolved> quoted) {
    Speaker s =
        of(inner, text, outer.open() + 1, outer.close(), quoted, Speaker.UNKNOWN, Speaker.UNKNOWN);
    return s;
  }

  private static Speaker evidence(Resolved r, String words) {
    String w = words.replaceAll("\\s+", " ").strip();
    if (w.length() > 70) {
      int cut = w.indexOf(' ', w.length() - 70);
      w = "…" + w.substring(cut < 0 ? w.length() - 70 : cut + 1);
    }
    return new Speaker(r.who(), w);
  }
}
