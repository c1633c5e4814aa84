package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing found has an answer (a count of 0, an empty JSON document, exit 1), and a library's
 * broken files cost one line of standard error, not their every diagnostic on every lookup.
 */
class AnswersForNothingTest {
  private static final Path LIBRARY = Path.of("src/test/resources/library");

  @TempDir Path temp;

  private Cli in(Path library) {
    return new Cli().env("BRIEF_LIBRARY", library.toString()).env("BRIEF_CACHE", "0");
  }

  @Test
  void aCountOfNothingIsZeroAndExitOne() {
    Cli.Result r = Cli.brief("search", "zzzunfindable", "--count");
    assertEquals(1, r.code());
    assertEquals("0\n", r.out());
    assertEquals("brief: no match for zzzunfindable\n", r.err());
  }

  @Test
  void jsonOfNothingIsItsDocumentWithNoHits() throws IOException {
    Cli.Result r = Cli.brief("search", "zzzunfindable", "--format", "json");
    assertEquals(1, r.code());
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertTrue(doc.get("hits").isArray(), r.out());
    assertEquals(0, doc.get("hits").size());
    assertEquals("zzzunfindable", doc.get("query").asText());
  }

  @Test
  void jsonOfQuotesAFilterDoesNotFindIsAnEmptyList() throws IOException {
    Cli.Result r =
        in(LIBRARY)
            .run(
                "quotes",
                "caspian-ferry-2024",
                "--speaker",
                "transport-minister",
                "--theme",
                "risk",
                "--format",
                "json");
    assertEquals(1, r.code(), r.err());
    assertEquals(0, new ObjectMapper().readTree(r.out()).get("quotes").size(), r.out());
  }

  @Test
  void textAndIdsOfNothingPrintNothing() {
    assertEquals("", Cli.brief("search", "zzzunfindable").out());
    assertEquals("", Cli.brief("search", "zzzunfindable", "--ids-only").out());
  }

  private Path libraryWithBrokenFiles(int broken) throws IOException {
    Path lib = Files.createDirectories(temp.resolve("lib"));
    for (String id : new String[] {"arctic-council-2024", "caspian-ferry-2024"}) {
      Files.writeString(
          lib.resolve(id + ".yaml"),
          Files.readString(LIBRARY.resolve(id + ".yaml"))
              .replaceAll("(?m)^  text: sources/.*\\n", ""));
    }
    for (int i = 0; i < broken; i++) {
      Files.writeString(lib.resolve("broken-" + i + ".yaml"), "format: briefing/1\nid: [\n");
    }
    return lib;
  }

  @Test
  void brokenFilesAreOneLineOnEveryLookup() throws IOException {
    Path lib = libraryWithBrokenFiles(2);
    for (String[] lookup :
        new String[][] {{"list"}, {"summary", "caspian-ferry-2024"}, {"search", "Aktau"}}) {
      Cli.Result r = in(lib).run(lookup);
      assertEquals(0, r.code(), r.err());
      assertEquals(
          "brief: 2 files could not be read ("
              + lib.resolve("broken-0.yaml")
              + ":3:1 and 1 more): brief validate "
              + lib
              + " (or --verbose) lists what to fix\n",
          r.err(),
          String.join(" ", lookup));
    }
  }

  @Test
  void oneBrokenFileIsCountedInTheSingular() throws IOException {
    Path lib = libraryWithBrokenFiles(1);
    assertTrue(in(lib).run("list").err().startsWith("brief: 1 file could not be read ("));
  }

  @Test
  void verboseGivesEachFilesDetails() throws IOException {
    Path lib = libraryWithBrokenFiles(2);
    Cli.Result r = in(lib).run("list", "--verbose");
    assertEquals(0, r.code());
    assertTrue(r.err().contains(lib.resolve("broken-0.yaml") + ":"), r.err());
    assertTrue(r.err().contains(lib.resolve("broken-1.yaml") + ":"), r.err());
    assertTrue(r.err().contains("brief: 2 files could not be read"), r.err());
    assertEquals(2, r.out().lines().count(), r.out());
  }

  @Test
  void aLibraryOfWhichNothingLoadsExitsOne() throws IOException {
    Path lib = Files.createDirectories(temp.resolve("none"));
    Files.writeString(lib.resolve("a.yaml"), "id: [\n");
    Files.writeString(lib.resolve("b.yaml"), "just: text\n");
    for (String[] lookup : new String[][] {{"list"}, {"summary"}, {"quotes"}, {"search", "x"}}) {
      Cli.Result r = in(lib).run(lookup);
      assertEquals(1, r.code(), String.join(" ", lookup) + ": " + r.err());
      assertEquals("", r.out());
      assertEquals(
          "brief: no briefing of the library "
              + lib
              + " could be read (2 files, the first at "
              + lib.resolve("a.yaml")
              + ":2:1): brief validate "
              + lib
              + " lists what to fix\n",
          r.err());
    }
  }

  @Test
  void aGoodLibraryPrintsNothingOnStandardError() {
    Cli.Result r = in(LIBRARY).run("list");
    assertFalse(r.err().contains("could not be read"), r.err());
    assertEquals("", r.err());
  }
}
