package brief.cli;

import static brief.cli.Cli.brief;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SearchCommandTest {
  private static final String SPELLINGS = "src/test/resources/spellings";

  @Test
  void aMissExitsOneWithOneLineOnStandardErrorAndNoProse() {
    for (String format : new String[] {"text", "markdown", "json"}) {
      Cli.Result r = brief("search", "zzzq", "--format", format, "--library", SPELLINGS);
      assertEquals(1, r.code());
      // JSON has a document for nothing; prose has nothing to say.
      assertEquals(format.equals("json"), !r.out().isEmpty(), r.out());
      assertEquals("brief: no match for zzzq\n", r.err());
    }
    assertEquals(
        1,
        brief("search", "Qarayev", "--count", "--library", SPELLINGS, "--theme", "transit").code());
  }

  @Test
  void countAndIdsOnlyPrintJustThat() {
    assertEquals("9\n", brief("search", "Şuşa", "--count", "--library", SPELLINGS).out());
    assertEquals(
        "english-2025\nnative-2025\n",
        brief("search", "Şuşa", "--ids-only", "--library", SPELLINGS).out());
    assertEquals(
        "english-2025\nnative-2025\n",
        brief("search", "Naxçıvan", "--ids-only", "--library", SPELLINGS).out());
    Cli.Result both = brief("search", "Şuşa", "--count", "--ids-only", "--library", SPELLINGS);
    assertEquals(2, both.code());
    assertEquals("", both.out());
  }

  @Test
  void plainTextNeverAltersAQuoteAndColourMarksTheMatch() {
    String plain = brief("search", "good", "news", "--library", SPELLINGS).out();
    assertTrue(plain.contains("we will have more good news"), plain);
    assertFalse(plain.contains("*"), plain);
    String coloured = brief("search", "good", "--color=always", "--library", SPELLINGS).out();
    assertTrue(coloured.contains("\u001b["), coloured);
    assertFalse(coloured.contains("*"), coloured);
  }

  @Test
  void theBottomLineAndTheTitleAreSearched() {
    String out = brief("search", "\"transit route\"", "--library", SPELLINGS).out();
    assertTrue(out.contains("Overview · bottom line"), out);
    assertTrue(
        brief("search", "forum", "in", "native", "--library", SPELLINGS)
            .out()
            .contains("Overview · title"));
  }

  @Test
  void aStakeholderHitShowsTheFieldThatMatched() {
    String json = brief("search", "Lachin", "--format", "json", "--library", SPELLINGS).out();
    assertTrue(json.contains("\"field\" : \"position\""), json);
    assertTrue(json.contains("\"text\" : \"Backs the road through Lachin.\""), json);
    assertFalse(json.contains("\"matches\" : [ ]"), json);
  }

  @Test
  void quotesBySpeakerUseTheSpellingEquivalencesToo() {
    String out = brief("quotes", "--all", "--speaker", "Aliyev", "--library", SPELLINGS).out();
    assertTrue(out.contains("we will have more good news"), out);
    assertTrue(out.contains("the road is open"), out);
  }
}
