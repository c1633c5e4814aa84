package brief.draft;

import brief.core.ContentWords;
import brief.core.SourceText;
import brief.core.SpeechReports;
import java.util.ArrayList;
import java.util.List;

/**
 * The draft brought in line with how `validate` reads the same article, so that a draft always
 * loads: where the drafter's own reading and the validator's differ (conventions one knows and the
 * other not yet), the validator's wins.
 */
final class AsValidated {
  private AsValidated() {}

  static void agree(Reading reading, SourceText source) {
    SpeechReports reports = SpeechReports.of(source);
    quotes(reading, source);
    speakers(reading, source, reports);
    leads(reading, source, reports);
  }

  private static void quotes(Reading reading, SourceText source) {
    // Only what `validate` reads as a quotation of its paragraph is drafted as a quote: where the
    // two read marks differently (conventions the validator does not know yet), the draft still
    // loads.
    reading.quotes.removeIf(
        q ->
            !(source.locateQuote(q.text(), List.of(q.paragraph()))
                instanceof SourceText.Finding.Found));
  }

  private static void speakers(Reading reading, SourceText source, SpeechReports reports) {
    // A quote whose speaker the drafter could not tell gets the one `validate` reads there.
    List<Entity> everyone = new ArrayList<>(reading.cast.people());
    everyone.addAll(reading.cast.places());
    everyone.addAll(reading.cast.groups());
    for (int i = 0; i < reading.quotes.size(); i++) {
      Reading.Found q = reading.quotes.get(i);
      if (q.speaker().who() == null
          && source.locateQuote(q.text(), List.of(q.paragraph()))
              instanceof SourceText.Finding.Found found) {
        SourceText.Mark mark = found.marks().get(0);
        String named =
            source
                .narration()
                .quotationOf(mark)
                .filter(at -> !source.narration().nested(mark))
                .flatMap(
                    at ->
                        reports.speakerOf(
                            source, at.paragraph(), at.start(), at.endParagraph(), at.end()))
                .map(SpeechReports.Report::name)
                .orElse("");
        everyone.stream()
            .filter(e -> !named.isEmpty() && names(e, named))
            .findFirst()
            .ifPresent(
                e ->
                    reading.quotes.set(
                        reading.quotes.indexOf(q),
                        new Reading.Found(
                            q.text(),
                            q.paragraph(),
                            new Attribution.Speaker(e, "the article's attribution: " + named))));
      }
    }
  }

  private static void leads(Reading reading, SourceText source, SpeechReports reports) {
    // Likewise a point is drafted as someone's words only where `validate` reads words reported.
    for (int l = 0; l < reading.leads.size(); l++) {
      Reading.Lead lead = reading.leads.get(l);
      int p = lead.paragraph();
      if (lead.speaker() == null) {
        continue;
      }
      List<SpeechReports.Report> named =
          reports.in(p).stream()
              .filter(r -> !r.name().isEmpty() && !r.name().equals(SpeechReports.AUTHOR_NAME))
              .toList();
      int at = Math.max(0, source.paragraph(p).indexOf(lead.sentence()));
      int end = at + lead.sentence().length();
      boolean unsaid =
          named.isEmpty()
              ? !source.narration().quotesWords(p, 0, source.paragraph(p).length())
              : named.stream().noneMatch(r -> r.mayMean(n -> names(lead.speaker(), n)));
      // The sentence itself must report words, or it is the author's own.
      unsaid |=
          !source.narration().quotesWords(p, at, end) && !reports.someoneSpeaks(p, at, end)
              || reports.authorsOwn(source, List.of(p), lead.sentence()).isPresent();
      if (unsaid) {
        reading.leads.set(l, new Reading.Lead(p, lead.sentence(), null));
      }
    }
  }

  /** Whether {@code written} (the article's name for a speaker) names {@code who}. */
  private static boolean names(Entity who, String written) {
    return who.forms().stream().anyMatch(f -> ContentWords.hasPhrase(written, f));
  }
}
