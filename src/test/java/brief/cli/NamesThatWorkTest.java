package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every part the reader shows is a show section; a unique id prefix names its briefing. */
class NamesThatWorkTest {
  private static final String LIBRARY = "src/test/resources/library";

  private static Cli.Result in(String... args) {
    return new Cli().env("BRIEF_LIBRARY", LIBRARY).run(args);
  }

  @Test
  void showOverviewPrintsTheBottomLineKeyPointsAndKeyQuotes() {
    Cli.Result r = in("show", "caspian-ferry-2024", "overview");
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().contains("Bottom line\n  A new ferry terminal at Ələt"), r.out());
    assertTrue(r.out().contains("The Ələt terminal opened on Monday"), r.out());
    assertTrue(r.out().contains("One storm and the schedule is gone."), r.out());
    // Not the whole briefing: a low-priority point is no key point.
    assertTrue(!r.out().contains("two more berths"), r.out());
    assertEquals(r.out(), in("show", "caspian-ferry-2024", "Overview").out());
  }

  @Test
  void showOverviewInJsonHasTheSameParts() throws IOException {
    Cli.Result r = in("show", "caspian-ferry-2024", "overview", "--format", "json");
    assertEquals(0, r.code(), r.err());
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertEquals("caspian-ferry-2024", doc.get("briefing").asText());
    assertTrue(doc.get("summary").asText().startsWith("A new ferry terminal"));
    assertTrue(doc.get("points").size() > 0);
    assertEquals(2, doc.get("quotes").size(), r.out());
  }

  @Test
  void aUniqueIdPrefixNamesItsBriefing() {
    Cli.Result r = in("summary", "casp");
    assertEquals(0, r.code(), r.err());
    assertEquals(in("summary", "caspian-ferry-2024").out(), r.out());
    assertEquals(0, in("show", "mek", "agreement").code());
  }

  @Test
  void anAmbiguousPrefixNamesItsMatches(@TempDir Path dir) throws IOException {
    for (String id : new String[] {"caspian-ferry-2024", "arctic-council-2024"}) {
      String text = Files.readString(Path.of(LIBRARY, id + ".yaml"));
      Files.writeString(
          dir.resolve(id + ".yaml"), text.replaceAll("(?m)^  text: sources/.*\\n", ""));
      Files.writeString(
          dir.resolve(id + "-b.yaml"),
          text.replaceAll("(?m)^  text: sources/.*\\n", "")
              .replace("id: " + id, "id: " + id + "-b"));
    }
    Cli.Result r =
        new Cli().env("BRIEF_LIBRARY", dir.toString()).env("BRIEF_CACHE", "0").run("summary", "c");
    assertEquals(2, r.code());
    assertEquals(
        "brief: ambiguous briefing 'c' (matches: caspian-ferry-2024, caspian-ferry-2024-b)\n",
        r.err());
  }

  @Test
  void anUnknownBriefingNamesTheLibrarySearched() {
    Cli.Result r = in("summary", "nowhere-2030");
    assertEquals(2, r.code());
    assertTrue(
        r.err().startsWith("brief: unknown briefing 'nowhere-2030' in the library " + LIBRARY),
        r.err());
  }
}
