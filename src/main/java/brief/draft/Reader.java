package brief.draft;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads an article paragraph by paragraph, in order (a pronoun means whoever was named last): finds
 * the quotations, the people, states and organisations named, and who said each quotation.
 */
final class Reader {
  private Reader() {}

  private static final Pattern REPORTS =
      Pattern.compile(
          "^(?:’s|'s)?(?:,[^,]{1,80},|,)?\\s+(?:also\\s+|later\\s+)?"
              + "(?:said|says|told|added|stated|declared|noted|argued|wrote|warned|insisted|promised|pledged|vowed|called"
              + "|described|urged|asked|replied|explained|recalled|reminded|pointed out|highlighted|emphasi[sz]ed|stressed"
              + "|praised|remarked|acknowledged|admitted|claimed|announced|expressed)\\b");

  static Reading read(Article article) {
    Reading reading = new Reading(article);
    Gazetteer places = Gazetteer.get();
    Attribution.Speaker carried = Attribution.Speaker.UNKNOWN;
    boolean openFromBefore = false;
    List<String> paragraphs = article.paragraphs();
    for (int i = 0; i < paragraphs.size(); i++) {
      int number = i + 1;
      String text = paragraphs.get(i);
      List<QuotedSpan> spans = new ArrayList<>();
      for (QuotedSpan span : QuoteScanner.spans(number, text, openFromBefore)) {
        boolean runsOnHere =
            span.runsOn()
                && i + 1 < paragraphs.size()
                && QuoteScanner.reopens(paragraphs.get(i + 1));
        if (span.runsOn() && !runsOnHere) {
          continue; // never closed, never reopened: not a quotation anyone can check
        }
        if (QuoteScanner.isQuotation(span, text)) {
          spans.add(span);
        }
      }
      openFromBefore = !spans.isEmpty() && spans.get(spans.size() - 1).runsOn();
      String masked = masked(text, spans);
      for (Gazetteer.Found f : places.find(masked)) {
        reading.cast.place(f, number);
      }
      List<Attribution.Resolved> mentions = new ArrayList<>();
      for (Mention m : Mentions.find(masked, places)) {
        mentions.add(new Attribution.Resolved(m, reading.cast.resolve(m, number)));
      }
      Attribution.Speaker previous = Attribution.Speaker.UNKNOWN;
      List<Attribution.Speaker> speakers = new ArrayList<>();
      for (int k = 0; k < spans.size(); k++) {
        QuotedSpan span = spans.get(k);
        int previousClose = k == 0 ? 0 : Math.min(text.length(), spans.get(k - 1).close() + 1);
        int nextOpen = k + 1 < spans.size() ? spans.get(k + 1).open() : text.length();
        Attribution.Speaker speaker =
            Attribution.of(span, text, previousClose, nextOpen, mentions, previous, carried);
        if (span.text().codePoints().anyMatch(Character::isLetterOrDigit)) {
          reading.quotes.add(new Reading.Found(span.text(), number, speaker));
        }
        speakers.add(speaker);
        previous = speaker;
        if (span.runsOn()) {
          carried = speaker;
        }
      }
      if (!article.header().contains(number)) {
        reading.leads.add(lead(number, text, spans, speakers, mentions));
        collectSentences(masked, reading.ownSentences);
      }
    }
    return reading;
  }

  /** The paragraph with its quotations' words blanked out, marks kept: positions stay the same. */
  private static String masked(String text, List<QuotedSpan> spans) {
    char[] chars = text.toCharArray();
    for (QuotedSpan s : spans) {
      for (int j = s.open() + 1; j < Math.min(s.close(), chars.length); j++) {
        chars[j] = ' ';
      }
    }
    return new String(chars);
  }

  /**
   * The paragraph's opening sentence, and whose words it reports: a quotation's speaker, or a
   * person with a speech verb.
   */
  private static Reading.Lead lead(
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
        speaker = speakers.get(k).person();
      }
    }
    for (Attribution.Resolved r : mentions) {
      if (speaker == null
          && r.person() != null
          && r.mention().end() <= end
          && REPORTS.matcher(text.substring(r.mention().end(), end)).find()) {
        speaker = r.person();
      }
    }
    return new Reading.Lead(number, sentence, speaker);
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
