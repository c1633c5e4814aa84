package brief.draft;

import brief.core.ContentWords;
import brief.core.SourceText;
import brief.core.SpeechReports;
import java.util.ArrayList;
import java.util.List;

/**
 * The draft brought in line with how `validate` reads the same article, so that a draft always
 * loads: where the drafter's own annotations and the validator's differ (conventions one knows and
 * the other not yet), the validator's wins.
 */
final class AsValidated {
  private AsValidated() {}

  static void agree(Annotations annotations, SourceText source) {
    SpeechReports reports = SpeechReports.of(source);
    quotes(annotations, source);
    speakers(annotations, source, reports);
    leads(annotations, source, reports);
  }

  private static void quotes(Annotations annotations, SourceText source) {
    // Only what `validate` reads as a quotation of its paragraph is drafted as a quote: where the
    // two read marks differently (conventions the validator does not know yet), the draft still
    // loads.
    annotations.quotes.removeIf(
        q ->
            !(source.locateQuote(q.text(), List.of(q.paragraph()))
                instanceof SourceText.Finding.Found));
  }

  private static void speakers(Annotations annotations, SourceText source, SpeechReports reports) {
    // A quote whose speaker the drafter could not tell gets the one `validate` reads there.
    List<Entity> everyone = new ArrayList<>(annotations.cast.people());
    everyone.addAll(annotations.cast.places());
    everyone.addAll(annotations.cast.groups());
    for (int i = 0; i < annotations.quotes.size(); i++) {
      Annotations.Found q = annotations.quotes.get(i);
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
                    annotations.quotes.set(
                        annotations.quotes.indexOf(q),
                        new Annotations.Found(
                            q.text(),
                            q.paragraph(),
                            new Attribution.Speaker(e, "the article's attribution: " + named))));
      }
    }
  }

  private static void leads(Annotations annotations, SourceText source, SpeechReports reports) {
    // Likewise a point is drafted as someone's words only where `validate` reads words reported.
    for (int l = 0; l < annotations.leads.size(); l++) {
      Annotations.Lead lead = annotations.leads.get(l);
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
        annotations.leads.set(l, new Annotations.Lead(p, lead.sentence(), null));
      }
    }
  }

  /** Whether {@code written} (the article's name for a speaker) names {@code who}. */
  private static boolean names(Entity who, String written) {
    return who.forms().stream().anyMatch(f -> ContentWords.hasPhrase(written, f));
  }
}
