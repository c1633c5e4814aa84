package brief.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quotations in every convention of the table, and marks that do not balance. */
class QuotationsTest {
  private static SourceText.Finding find(String quote, String... paragraphs) {
    return SourceText.of(List.of(paragraphs)).locateQuote(quote, List.of());
  }

  private static void found(String quote, String... paragraphs) {
    assertInstanceOf(SourceText.Finding.Found.class, find(quote, paragraphs), quote);
  }

  private static String problem(String quote, String... paragraphs) {
    return assertInstanceOf(SourceText.Finding.Problem.class, find(quote, paragraphs), quote)
        .message();
  }

  @Test
  void everyConventionOfTheTableMakesAQuotation() {
    for (String marked :
        List.of(
            "“we shall see”",
            "‘we shall see’",
            "\"we shall see\"",
            "'we shall see'",
            "«we shall see»",
            "„we shall see“",
            "„we shall see”",
            "‚we shall see‘",
            "»we shall see«",
            "「we shall see」")) {
      found("we shall see", "The envoy said " + marked + " and left.");
      assertTrue(
          problem("we shall see and left", "The envoy said " + marked + " and left.")
              .contains("runs past the quotation marks"),
          marked);
    }
  }

  @Test
  void aGermanQuotationEndsAtItsLowOpeningsClosingMark() {
    String p = "„Wir werden dem Plan zustimmen“, sagte die Ministerin. Dann ging sie.";
    found("Wir werden dem Plan zustimmen", p);
    assertTrue(
        problem("dem Plan zustimmen, sagte die Ministerin", p).contains("runs past"),
        "the narration after “ is not part of the quotation");
  }

  @Test
  void aNestedQuotationIsPartOfTheOneAroundIt() {
    String p =
        "She said: “The treaty calls it ‘a lasting peace’, and so do we.” Then she sat down.";
    found("The treaty calls it 'a lasting peace', and so do we.", p);
    found("a lasting peace", p);
    assertTrue(problem("so do we. Then she sat down", p).contains("runs past"));
  }

  @Test
  void anApostropheIsNotAQuotationMark() {
    String p = "The minister’s aide said “we can’t wait” and the envoys’ cars left.";
    found("we can’t wait", p);
    assertTrue(SourceText.of(List.of(p)).narration().unbalancedMarks().isEmpty());
  }

  @Test
  void aQuotationContinuedOverParagraphsIsOneQuotation() {
    found("first part. second part", "He said: “first part.", "“second part,” he added.");
    assertTrue(
        SourceText.of(List.of("He said: “first part.", "“second part,” he added."))
            .narration()
            .unbalancedMarks()
            .isEmpty());
  }

  @Test
  void aClosingMarkMisCurledAsAnOpeningOneEndsTheQuotationAndIsReported() {
    List<String> text =
        List.of("Intro.", "“We will agree,“ the minister said. The author thinks so.");
    SourceText source = SourceText.of(text);
    assertInstanceOf(
        SourceText.Finding.Problem.class,
        source.locateQuote("We will agree, the minister said. The author thinks so", List.of()));
    assertInstanceOf(
        SourceText.Finding.Found.class, source.locateQuote("We will agree", List.of()));
    List<String> unbalanced = source.narration().unbalancedMarks();
    assertEquals(1, unbalanced.size(), unbalanced.toString());
    assertTrue(unbalanced.get(0).startsWith("¶2: “ stands where the mark closing “ belongs"));
  }

  @Test
  void aQuotationLeftOpenIsReportedWithItsParagraph() {
    List<String> unbalanced =
        SourceText.of(List.of("One.", "He said “we go now.", "Then the author wrote on."))
            .narration()
            .unbalancedMarks();
    assertEquals(1, unbalanced.size(), unbalanced.toString());
    assertTrue(unbalanced.get(0).startsWith("¶2: “ opens a quotation that no mark closes"));
  }

  @Test
  void aTimelineDayWithAnotherYearIsNotTheDate() {
    SourceText source =
        SourceText.of(List.of("The forum met on 20 July 2025 and on July 20, 2025."));
    assertEquals(2, source.date("2025-07-20", 1).size());
    assertTrue(source.date("1999-07-20", 1).isEmpty());
    assertEquals(
        1, SourceText.of(List.of("It met on 20 July, a Sunday.")).date("1999-07-20", 1).size());
  }

  @Test
  void aSpeechMarkedOnlyAtItsEndsSpansTheParagraphsBetween() {
    SourceText source =
        SourceText.of(
            List.of(
                "\"Our country has kept every promise.",
                "We are ready to double the volume.",
                "No one should doubt it,\" Shahbazov said."));
    assertEquals(List.of(), source.narration().unbalancedMarks());
    assertTrue(source.narration().quoted(2, 5));
    assertTrue(!source.narration().quoted(3, source.paragraph(3).indexOf("Shahbazov")));
  }

  @Test
  void aQuotationLeftOpenBeforeAParagraphThatOpensAnotherStillEndsWithItsParagraph() {
    SourceText source =
        SourceText.of(List.of("\"Our country has kept every promise.", "He said \"no\" and left."));
    assertEquals(1, source.narration().unbalancedMarks().size());
    assertTrue(!source.narration().quoted(2, 1));
  }
}
