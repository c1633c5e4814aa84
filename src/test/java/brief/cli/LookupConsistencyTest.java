package brief.cli;

import static brief.cli.Cli.brief;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Lookups agree with each other: every briefing asked for, every part the reader shows, grep-like
 * misses.
 */
class LookupConsistencyTest {
  private static final String LIBRARY = "src/test/resources/library";

  @Test
  void stakeholdersAndThemesPrintEveryBriefingAskedFor() {
    for (String command : new String[] {"stakeholders", "themes"}) {
      Cli.Result r =
          brief(command, "caspian-ferry-2024", "arctic-council-2024", "--library", LIBRARY);
      assertEquals(0, r.code(), r.err());
      assertTrue(
          r.out().contains("Ələt–Aktau ferry link") && r.out().contains("Arctic Council resumes"),
          r.out());
      Cli.Result json =
          brief(
              command,
              "caspian-ferry-2024",
              "arctic-council-2024",
              "--library",
              LIBRARY,
              "--format",
              "json");
      assertTrue(
          json.out().contains("\"briefings\"") && json.out().contains("\"arctic-council-2024\""),
          json.out());
    }
  }

  @Test
  void aSpeakerWithNoQuotesIsAMissOnStandardErrorWithExitOne() {
    Cli.Result r = brief("quotes", "--speaker", "Trump");
    assertEquals(1, r.code());
    assertEquals("", r.out());
    assertEquals("brief: no quotes by 'Trump'\n", r.err());
  }

  @Test
  void showReachesEveryPartTheReaderLists() {
    String[][] parts = {
      {"timeline", "Timeline"},
      {"quotes", "Quotes"},
      {"stakeholders", "Stakeholders"},
      {"themes", "Themes"},
      {"source", "Source"}
    };
    for (String[] part : parts) {
      Cli.Result r = brief("show", "us-azerbaijan-partnership-2025", part[0]);
      assertEquals(0, r.code(), part[0] + ": " + r.err());
      assertTrue(r.out().contains("\n" + part[1] + "\n"), part[0] + ":\n" + r.out());
      Cli.Result json =
          brief("show", "us-azerbaijan-partnership-2025", part[0], "--format", "json");
      assertEquals(0, json.code(), json.err());
    }
    assertTrue(
        brief("show", "us-azerbaijan-partnership-2025", "source")
            .out()
            .contains("¶4: In his address"));
  }

  @Test
  void anAmbiguousSectionListsOnlyItsCandidates() {
    Cli.Result r = brief("show", "us-azerbaijan-partnership-2025", "s");
    assertEquals(2, r.code());
    assertEquals("brief: ambiguous section 's' (matches: security, signals)\n", r.err());
  }
}
