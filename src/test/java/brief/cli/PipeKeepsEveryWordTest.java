package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Output to a pipe loses no word: every lookup, in every format, on a briefing whose ids, titles,
 * names and roles are far wider than the page, keeps each of them whole.
 */
class PipeKeepsEveryWordTest {
  private static final String LIBRARY = "src/test/resources/long";
  private static final String ID =
      "regional-water-management-and-transboundary-cooperation-framework-negotiations-2025";
  private static final List<String> WHOLE =
      List.of(
          ID,
          "transboundary-water-data-sharing-and-early-warning-systems",
          "Regional water management and transboundary cooperation framework negotiations between the riparian states"
              + " of the upper and lower basin",
          "Deputy Minister for Water Resources and Land Reclamation of the Upper Riparian Republic",
          "Head of the upper riparian delegation to the third round of the transboundary water negotiations",
          "We will share the data every month, and we will publish it for every farmer downstream to read");

  @Test
  void everyLookupInEveryFormatKeepsIdsNamesAndQuotesWhole() {
    String[][] lookups = {
      {"list"},
      {"summary"},
      {"show", ID},
      {"quotes"},
      {"stakeholders"},
      {"themes"},
      {"search", "data"}
    };
    for (String format : List.of("text", "markdown", "json")) {
      for (String[] lookup : lookups) {
        List<String> args = new java.util.ArrayList<>(List.of(lookup));
        args.addAll(List.of("--library", LIBRARY, "--format", format, "--width", "80"));
        Cli.Result r = Cli.brief(args.toArray(String[]::new));
        assertEquals(0, r.code(), args + ": " + r.err());
        String flat = r.out().replaceAll("\\s+", " ");
        assertFalse(r.out().contains("…"), args + " cut something:\n" + r.out());
        assertTrue(
            r.out().contains(ID)
                || !List.of("list", "quotes", "search").contains(lookup[0])
                    && !format.equals("json"),
            args + " lost the id:\n" + r.out());
        for (String whole : WHOLE) {
          String part = whole.contains(" ") ? whole : null;
          if (part != null && flat.contains(whole.substring(0, 20))) {
            assertTrue(flat.contains(whole), args + " cut '" + whole + "':\n" + r.out());
          }
        }
      }
    }
  }
}
