package brief.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class QuoteScannerTest {
  private static List<String> quotations(String paragraph) {
    return QuoteScanner.spans(1, paragraph, false).stream()
        .filter(s -> QuoteScanner.isQuotation(s, paragraph))
        .map(QuotedSpan::text)
        .toList();
  }

  @Test
  void partialQuotesWovenIntoASentenceAreQuotes() {
    assertEquals(
        List.of("a step backwards."), quotations("Smith called the plan \"a step backwards.\""));
    assertEquals(
        List.of("results by spring"),
        quotations("The minister promised “results by spring” to farmers."));
  }

  @Test
  void scareQuotesNamesAndTitlesAreNot() {
    assertEquals(List.of(), quotations("The so-called \"peace dividend\" never came."));
    assertEquals(List.of(), quotations("A report titled “Roads to Recovery” was published."));
    assertEquals(List.of(), quotations("It describes a “frozen conflict” in the region."));
    assertEquals(List.of(), quotations("He read “The Long Road Home” twice."));
  }

  @Test
  void aTrailingCommaBeforeTheAttributionIsNotPartOfTheQuote() {
    assertEquals(
        List.of("We are ready", "Are you?"),
        quotations("\"We are ready,\" she said. \"Are you?\""));
  }

  @Test
  void aQuotationLeftOpenRunsOnToTheParagraphEnd() {
    List<QuotedSpan> spans = QuoteScanner.spans(3, "“We will not leave them alone.", false);
    assertEquals(1, spans.size());
    assertEquals(true, spans.get(0).runsOn());
    assertEquals(true, QuoteScanner.spans(4, "“And we will build.”", true).get(0).continued());
  }
}
