package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two files with one id: neither hides the other, and a lookup by it names both. */
class DuplicateIdTest {
  @TempDir Path dir;
  Path first;
  Path second;

  @BeforeEach
  void library() throws Exception {
    String yaml = Files.readString(Path.of("src/test/resources/valid/water-talks.yaml"));
    first = Files.writeString(dir.resolve("a.yaml"), yaml);
    second =
        Files.writeString(
            dir.resolve("b.yaml"),
            yaml.replace(
                "title: Water-sharing talks on the Kura", "title: Another briefing, same id"));
  }

  private Cli.Result brief(String... args) {
    return new Cli().env("BRIEF_LIBRARY", dir.toString()).env("BRIEF_CACHE", "0").run(args);
  }

  @Test
  void aLookupByASharedIdFailsNamingBothFiles() {
    for (String command : new String[] {"summary", "show", "quotes", "themes", "stakeholders"}) {
      Cli.Result r = brief(command, "water-talks-2024");
      assertEquals(1, r.code(), command);
      assertEquals("", r.out(), command);
      assertTrue(
          r.err()
              .endsWith(
                  "brief: the id 'water-talks-2024' belongs to 2 briefings ("
                      + first
                      + ", "
                      + second
                      + "): change the id of all but one, or name the file\n"),
          r.err());
    }
  }

  @Test
  void listShowsBothMarkedAndReportsEachNamingTheOther() {
    Cli.Result r = brief("list", "--width", "200");
    assertEquals(0, r.code());
    assertEquals(
        2,
        r.out()
            .lines()
            .filter(l -> l.startsWith("water-talks-2024") && l.endsWith("(duplicate id!)"))
            .count(),
        r.out());
    assertTrue(
        r.out().contains("Another briefing, same id")
            && r.out().contains("Water-sharing talks on the Kura"),
        r.out());
    assertEquals(
        first
            + ": error: the id 'water-talks-2024' is also the id of "
            + second
            + ": both are listed, and a lookup by this id fails until one is changed\n"
            + second
            + ": error: the id 'water-talks-2024' is also the id of "
            + first
            + ": both are listed, and a lookup by this id fails until one is changed\n",
        r.err());
  }

  @Test
  void eitherFileCanStillBeNamedByItsPath() {
    Cli.Result r = brief("summary", second.toString());
    assertEquals(0, r.code());
    assertTrue(r.out().contains("Another briefing, same id"), r.out());
  }
}
