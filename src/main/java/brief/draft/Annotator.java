package brief.draft;

import brief.core.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads an article paragraph by paragraph, in order (a pronoun means whoever was named last): finds
 * the quotations, the people, states and organisations named, and who said each quotation.
 */
final class Annotator {
  private Annotator() {}

  private static final Pattern REPORTS =
      Pattern.compile(
          "^(?:’s|'s)?(?:,[^,]{1,80},|,)?\\s+(?:also\\s+|later\\s+|has\\s+|had\\s+)?(?:"
              + Phrasebook.get().alternation("verbs")
              + "|expressed)(?![\\p{L}])");

  static Annotations annotate(Article article) {
    Annotations annotations = new Annotations(article);
    Gazetteer places = Gazetteer.get();
    Attribution.Speaker carried = Attribution.Speaker.UNKNOWN;
    char carriedMark = 0;
    boolean unmarked = false;
    // The parts of a quotation over several paragraphs whose speaker is named only at its end.
    List<Integer> unattributed = new ArrayList<>();
    List<Integer> unattributedParagraphs = new ArrayList<>();
    List<String> paragraphs = article.paragraphs();
    for (int i = 0; i < paragraphs.size(); i++) {
      int number = i + 1;
      String text = paragraphs.get(i);
      List<QuotedSpan> spans = new ArrayList<>();
      List<QuotedSpan> nested = new ArrayList<>();
      boolean runsOnUnmarked = false;
      for (QuotedSpan span : QuoteScanner.spans(number, text, carriedMark, unmarked)) {
        if (span.depth() > 0) {
          nested.add(span);
          continue;
        }
        if (span.runsOn()) {
          boolean reopened =
              i + 1 < paragraphs.size() && QuoteScanner.reopens(paragraphs.get(i + 1));
          boolean goesOn = !reopened && QuoteScanner.unmarkedEnd(paragraphs, i, span.opener()) >= 0;
          if (!reopened && !goesOn) {
            continue; // never closed, never reopened: not a quotation anyone can check
          }
          runsOnUnmarked = goesOn;
        }
        if (QuoteScanner.isQuotation(span, text)) {
          spans.add(span);
        }
      }
      nested.removeIf(
          n ->
              spans.stream().noneMatch(o -> o.open() < n.open() && n.close() <= o.close())
                  || !QuoteScanner.isQuotation(n, text));
      QuotedSpan lastSpan = spans.isEmpty() ? null : spans.get(spans.size() - 1);
      boolean runsOn = lastSpan != null && lastSpan.runsOn();
      carriedMark = runsOn ? lastSpan.opener() : 0;
      unmarked = runsOn && runsOnUnmarked;
      String masked = masked(text, spans, false);
      List<Attribution.Resolved> mentions =
          mentions(annotations.cast, places, text, masked, spans, number);
      Attribution.Speaker previous = Attribution.Speaker.UNKNOWN;
      List<Attribution.Speaker> speakers = new ArrayList<>();
      for (int k = 0; k < spans.size(); k++) {
        QuotedSpan span = spans.get(k);
        int previousClose = k == 0 ? 0 : Math.min(text.length(), spans.get(k - 1).close() + 1);
        int nextOpen = k + 1 < spans.size() ? spans.get(k + 1).open() : text.length();
        Attribution.Speaker speaker =
            Attribution.of(span, text, previousClose, nextOpen, mentions, previous, carried);
        if (!span.continued()) {
          unattributed.clear();
          unattributedParagraphs.clear();
        }
        // A part without its own opening mark is not a quotation `validate` can find yet: its
        // words are the speaker's point, not a quote.
        boolean quotable = span.open() >= 0;
        if (quotable && span.text().codePoints().anyMatch(Character::isLetterOrDigit)) {
          annotations.quotes.add(new Annotations.Found(span.text(), number, speaker));
          if (speaker.who() == null && span.runsOn()) {
            unattributed.add(annotations.quotes.size() - 1);
          }
        }
        if (speaker.who() == null && span.runsOn()) {
          unattributedParagraphs.add(number);
        } else if (speaker.who() != null && span.continued() && !span.runsOn()) {
          attributeEarlierParts(annotations, unattributed, unattributedParagraphs, speaker);
        }
        speakers.add(speaker);
        previous = speaker;
        if (span.runsOn()) {
          carried = speaker;
        }
      }
      if (!nested.isEmpty()) {
        String inside = masked(text, spans, true);
        List<Attribution.Resolved> quoted = new ArrayList<>();
        for (Mention m : Mentions.find(masked(inside, nested, false), places)) {
          if (m.type() != Mention.Type.PRONOUN) {
            quoted.add(new Attribution.Resolved(m, annotations.cast.resolveQuietly(m, number)));
          }
        }
        for (QuotedSpan n : nested) {
          QuotedSpan outer =
              spans.stream()
                  .filter(o -> o.open() < n.open() && n.close() <= o.close())
                  .findFirst()
                  .get();
          annotations.quotes.add(
              new Annotations.Found(n.text(), number, Attribution.inner(n, outer, text, quoted)));
        }
      } else if (!spans.isEmpty()) {
        for (Mention m : Mentions.titled(masked(text, spans, true), places)) {
          annotations.cast.quoted(m, number);
        }
      }
      if (!article.header().contains(number)) {
        annotations.leads.add(lead(number, text, spans, speakers, mentions));
        collectSentences(masked, annotations.ownSentences);
      }
    }
    AsValidated.agree(annotations, SourceText.of(paragraphs));
    return annotations;
  }

  /** A quotation over several paragraphs named at its end: its earlier parts are that speaker's. */
  private static void attributeEarlierParts(
      Annotations annotations,
      List<Integer> parts,
      List<Integer> paragraphs,
      Attribution.Speaker speaker) {
    Attribution.Speaker ends =
        new Attribution.Speaker(
            speaker.who(), "named where the quotation ends: " + speaker.evidence());
    for (int index : parts) {
      Annotations.Found part = annotations.quotes.get(index);
      annotations.quotes.set(index, new Annotations.Found(part.text(), part.paragraph(), ends));
    }
    for (int l = 0; l < annotations.leads.size(); l++) {
      Annotations.Lead lead = annotations.leads.get(l);
      if (paragraphs.contains(lead.paragraph()) && lead.speaker() == null) {
        annotations.leads.set(
            l, new Annotations.Lead(lead.paragraph(), lead.sentence(), speaker.who()));
      }
    }
    parts.clear();
    paragraphs.clear();
  }

  /**
   * The people, bodies and groups a paragraph names outside its quotations, resolved in the order
   * they come; states and organisations named inside the quotations are listed too.
   */
  private static List<Attribution.Resolved> mentions(
      Cast cast, Gazetteer places, String text, String masked, List<QuotedSpan> spans, int number) {
    List<Gazetteer.Found> finds = places.find(text);
    List<Gazetteer.Found> outside = new ArrayList<>();
    for (Gazetteer.Found f : finds) {
      boolean quoted = spans.stream().anyMatch(s -> s.open() < f.start() && f.end() <= s.close());
      if (quoted) {
        cast.place(f, number);
      } else {
        outside.add(f);
      }
    }
    List<Mention> people = new ArrayList<>();
    for (Mention m : Mentions.find(masked, places)) {
      boolean isBody =
          outside.stream()
              .anyMatch(f -> f.speaks() && f.start() <= m.start() && m.end() <= f.end());
      if (!isBody || m.type() == Mention.Type.NAMED && !m.title().isEmpty()) {
        people.add(m);
      }
    }
    List<Attribution.Resolved> out = new ArrayList<>();
    int p = 0;
    for (Gazetteer.Found f : outside) {
      while (p < people.size() && people.get(p).start() < f.start()) {
        Mention m = people.get(p++);
        out.add(new Attribution.Resolved(m, cast.resolve(m, number)));
      }
      Entity body = cast.place(f, number);
      if (f.speaks()
          && out.stream().noneMatch(r -> r.mention().overlaps(asMention(f)))
          && people.stream().noneMatch(m -> m.overlaps(asMention(f)))) {
        out.add(new Attribution.Resolved(asMention(f), body));
      }
    }
    while (p < people.size()) {
      Mention m = people.get(p++);
      out.add(new Attribution.Resolved(m, cast.resolve(m, number)));
    }
    return out;
  }

  private static Mention asMention(Gazetteer.Found f) {
    return new Mention(Mention.Type.NAMED, f.start(), f.end(), f.form(), "", f.name(), "");
  }

  /**
   * The paragraph with its quotations' words blanked out, marks kept (or, {@code inside}, with
   * everything but those words blanked): positions stay the same.
   */
  private static String masked(String text, List<QuotedSpan> spans, boolean inside) {
    char[] chars = text.toCharArray();
    boolean[] quoted = new boolean[chars.length];
    for (QuotedSpan s : spans) {
      for (int j = Math.max(0, s.open() + 1); j < Math.min(s.close(), chars.length); j++) {
        quoted[j] = true;
      }
    }
    for (int j = 0; j < chars.length; j++) {
      if (quoted[j] != inside) {
        chars[j] = ' ';
      }
    }
    return new String(chars);
  }

  /**
   * The paragraph's opening sentence, and whose words it reports: a quotation's speaker, or a
   * person with a speech verb.
   */
  private static Annotations.Lead lead(
      int number,
      String text,
      List<QuotedSpan> spans,
      List<Attribution.Speaker> speakers,
      List<Attribution.Resolved> mentions) {
    int end = Sentences.firstEnd(text, 0, text.length());
    for (QuotedSpan s : spans) {
      if (s.open() < end && end <= s.close()) {
        end = Sentences.firstEnd(text, Math.min(text.length(), s.close() + 1), text.length());
      }
    }
    String sentence = text.substring(0, end).strip();
    Entity speaker = null;
    for (int k = 0; k < spans.size() && speaker == null; k++) {
      if (spans.get(k).open() < end) {
        speaker = speakers.get(k).who();
      }
    }
    for (Attribution.Resolved r : mentions) {
      if (speaker == null
          && r.who() != null
          && r.mention().end() <= end
          && REPORTS.matcher(text.substring(r.mention().end(), end)).find()) {
        speaker = r.who();
      }
    }
    return new Annotations.Lead(number, sentence, speaker);
  }

  private static void collectSentences(String masked, List<String> out) {
    int start = 0;
    while (start < masked.length()) {
      int end = Sentences.firstEnd(masked, start, masked.length());
      String s = masked.substring(start, end).strip();
      if (!s.isEmpty()) {
        out.add(s);
      }
      start = end;
    }
  }
}
