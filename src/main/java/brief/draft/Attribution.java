package brief.draft;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who said a quotation, from the words around it in its paragraph: an attribution after it ({@code
 * ," President Aliyev said}, {@code ," said Jane Smith}, {@code ," he added}), or in the sentence
 * that introduces it ({@code according to X}, {@code X: "…"}, {@code in X's words}, {@code The
 * President pointed out, "…"}, {@code Smith called the plan "…"}); the second half of a quotation
 * split around an attribution keeps the first half's speaker. Nothing found means nobody: the draft
 * then says the speaker is unknown, never guesses.
 */
final class Attribution {
  private Attribution() {}

  /** A mention in a paragraph and the person it was resolved to (null when it could not be). */
  record Resolved(Mention mention, Entity person) {}

  /** The speaker found and the words that say so, shown to the analyst. */
  record Speaker(Entity person, String evidence) {
    static final Speaker UNKNOWN = new Speaker(null, "");
  }

  private static final String SPEECH =
      "(?:said|says|told|tells|added|adds|stated|declared|noted|argued|wrote"
          + "|writes|warned|warns|insisted|insists|promised|promises|pledged|vowed|called|calls|described|urged|asked"
          + "|replied|explained|recalled|reminded|pointed out|highlighted|emphasi[sz]ed|stressed|praised|remarked"
          + "|continued|acknowledged|admitted|claimed|announced|observed|concluded|countered|cautioned|dismissed|hailed"
          + "|suggested|predicted|put it|saying|adding|telling|insisting|warning|stating|describing|calling|promising"
          + "|posted|tweeted|answered|responded|conceded)";
  private static final Pattern VERB_FIRST =
      Pattern.compile(
          "^(?:said|says|added|adds|wrote|writes|asked|replied"
              + "|continued|explained|insisted|told|warned|argued|noted|recalled|declared|stated)\\s+");
  private static final Pattern VERB_NEXT =
      Pattern.compile(
          "^(?:’s|'s)?(?:,[^,]{1,80},|,)?\\s+(?:also\\s+|later\\s+|then\\s+|again\\s+)?"
              + SPEECH
              + "\\b");
  private static final Pattern ACCORDING_TO = Pattern.compile("(?i)according to\\s+$");

  /** Words that describe a person before the name: no comma, no sentence end. */
  private static final Pattern DESCRIPTION = Pattern.compile("[\\p{L}\\p{N}’'\\-. ]+\\s");

  private static final Pattern LEAD_WORDS =
      Pattern.compile("(?i)(according to|in the words of|in|as)\\s+$");
  private static final Pattern SPEECH_VERB = Pattern.compile("\\b" + SPEECH + "\\b");
  private static final Pattern LEAD_IN =
      Pattern.compile(
          "(?i)(?:according to|in the words of|words of)\\s+$|^\\s*(?:’s|'s) words|^\\s+put it|^\\s*:\\s*$");

  static Speaker of(
      QuotedSpan span,
      String text,
      int previousClose,
      int nextOpen,
      List<Resolved> mentions,
      Speaker previous,
      Speaker carried) {
    if (span.continued() && carried.person() != null) {
      return new Speaker(carried.person(), "continues the quotation of the paragraph before");
    }
    Speaker after = after(span, text, nextOpen, mentions);
    if (after.person() != null) {
      return after;
    }
    Speaker before = before(span, text, previousClose, mentions);
    if (before.person() != null) {
      return before;
    }
    if (previous.person() != null) {
      return new Speaker(previous.person(), "the quotation before it in this paragraph");
    }
    return Speaker.UNKNOWN;
  }

  private static Speaker after(
      QuotedSpan span, String text, int nextOpen, List<Resolved> mentions) {
    int from = span.close() + 1;
    if (from >= text.length()) {
      return Speaker.UNKNOWN;
    }
    int a = from;
    while (a < nextOpen
        && (Character.isWhitespace(text.charAt(a)) || ",—–-".indexOf(text.charAt(a)) >= 0)) {
      a++;
    }
    int end = Sentences.firstEnd(text, a, nextOpen);
    String clause = text.substring(a, end);
    Matcher verb = VERB_FIRST.matcher(clause);
    if (verb.find()) {
      Resolved m = mentionNear(mentions, text, a + verb.end(), end);
      if (m != null && m.person() != null) {
        return evidence(m, text.substring(a, m.mention().end()));
      }
    }
    Resolved first = mentionNear(mentions, text, a, end);
    if (first != null && first.person() != null) {
      Matcher next = VERB_NEXT.matcher(text.substring(first.mention().end(), end));
      if (next.find()) {
        return evidence(first, text.substring(a, first.mention().end() + next.end()));
      }
    }
    for (Resolved r : mentions) {
      int s = r.mention().start();
      if (s >= a
          && s < end
          && r.person() != null
          && ACCORDING_TO.matcher(text.substring(a, s)).find()) {
        return evidence(r, "according to " + r.mention().form());
      }
    }
    return Speaker.UNKNOWN;
  }

  private static Speaker before(
      QuotedSpan span, String text, int previousClose, List<Resolved> mentions) {
    int from = Sentences.lastStart(text, previousClose, span.open());
    String fragment = text.substring(from, span.open());
    if (fragment.isBlank()) {
      return Speaker.UNKNOWN;
    }
    List<Resolved> inside =
        mentions.stream()
            .filter(
                r ->
                    r.mention().start() >= from
                        && r.mention().end() <= span.open()
                        && r.person() != null)
            .toList();
    for (Resolved r : inside) {
      String lead = text.substring(from, r.mention().start());
      String rest = text.substring(r.mention().end(), span.open());
      if (LEAD_IN.matcher(lead).find() || LEAD_IN.matcher(rest).find()) {
        return evidence(r, around(r, text, span.open()));
      }
    }
    if (inside.isEmpty()) {
      return Speaker.UNKNOWN;
    }
    // The speaker is the person named last before the first speech verb; else the sentence's first.
    Matcher verb = SPEECH_VERB.matcher(text).region(inside.get(0).mention().end(), span.open());
    Resolved chosen = inside.get(0);
    if (verb.find()) {
      for (Resolved r : inside) {
        if (r.mention().end() <= verb.start()) {
          chosen = r;
        }
      }
    }
    return evidence(chosen, around(chosen, text, span.open()));
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
   * sentence end comes between.
   */
  private static Resolved mentionNear(List<Resolved> mentions, String text, int at, int end) {
    for (Resolved r : mentions) {
      int s = r.mention().start();
      if (r.person() != null && s >= at && s < end && s - at <= 48) {
        String between = text.substring(at, s);
        if (s - at <= 1
            || DESCRIPTION.matcher(between).matches() && !SPEECH_VERB.matcher(between).find()) {
          return r;
        }
      }
    }
    return null;
  }

  private static Resolved mentionAt(List<Resolved> mentions, int at) {
    for (Resolved r : mentions) {
      if (r.mention().start() >= at && r.mention().start() <= at + 1) {
        return r;
      }
    }
    return null;
  }

  private static Speaker evidence(Resolved r, String words) {
    String w = words.replaceAll("\\s+", " ").strip();
    if (w.length() > 70) {
      int cut = w.indexOf(' ', w.length() - 70);
      w = "…" + w.substring(cut < 0 ? w.length() - 70 : cut + 1);
    }
    return new Speaker(r.person(), w);
  }
}
