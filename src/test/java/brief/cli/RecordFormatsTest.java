package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * NDJSON (one JSON object a line, the fields of the JSON document's records) and TSV (a header, one
 * record a line, tabs and newlines escaped) on every lookup that prints records; JSON offsets in
 * code points.
 */
class RecordFormatsTest {
  private static final String LIBRARY = "src/test/resources/library";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static Cli.Result in(String... args) {
    return new Cli().env("BRIEF_LIBRARY", LIBRARY).run(args);
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }

  /** Each lookup, and where its JSON document keeps the records that NDJSON prints a line each. */
  private static final String[][] LOOKUPS = {
    {"list", "briefings"},
    {"search Aktau", "hits"},
    {"quotes --all", "quotes"},
    {"timeline", "timeline"},
  };

  private static Cli.Result run(String command, String... more) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.addAll(List.of(more));
    return in(args.toArray(String[]::new));
  }

  @Test
  void ndjsonIsTheJsonDocumentsRecordsOneALine() throws IOException {
    for (String[] lookup : LOOKUPS) {
      Cli.Result lines = run(lookup[0], "--format", "ndjson");
      assertEquals(0, lines.code(), lookup[0] + ": " + lines.err());
      JsonNode records = JSON.readTree(run(lookup[0], "--format", "json").out()).get(lookup[1]);
      List<String> got = lines.out().lines().toList();
      assertEquals(records.size(), got.size(), lookup[0]);
      Iterator<JsonNode> expected = records.elements();
      for (String line : got) {
        JsonNode parsed = JSON.readTree(line);
        assertTrue(parsed.isObject(), line);
        assertEquals(expected.next(), parsed, lookup[0]);
      }
    }
  }

  @Test
  void ndjsonStakeholdersCarryTheirBriefing() throws IOException {
    Cli.Result r = in("stakeholders", "--all", "--format", "ndjson");
    assertEquals(0, r.code(), r.err());
    List<String> briefings = new ArrayList<>();
    for (String line : r.out().lines().toList()) {
      JsonNode s = JSON.readTree(line);
      assertEquals("briefing", names(s).get(0));
      briefings.add(s.get("briefing").asText());
      assertTrue(s.has("position") && s.has("aliases"), line);
    }
    assertTrue(
        briefings.containsAll(
            List.of("arctic-council-2024", "caspian-ferry-2024", "mekong-data-2023")));
  }

  @Test
  void tsvHasAHeaderAndEveryRowItsColumns() {
    for (String[] lookup : LOOKUPS) {
      Cli.Result r = run(lookup[0], "--format", "tsv");
      assertEquals(0, r.code(), lookup[0] + ": " + r.err());
      List<String> lines = r.out().lines().toList();
      int columns = lines.get(0).split("\t", -1).length;
      assertTrue(columns > 3, lines.get(0));
      assertTrue(lines.size() > 1, lookup[0]);
      for (String line : lines) {
        assertEquals(columns, line.split("\t", -1).length, lookup[0] + ": " + line);
      }
    }
    assertEquals(
        "id\tdate\ttitle\tclassification\tregion\tthemes",
        in("list", "--format", "tsv").out().lines().findFirst().get());
  }

  private static Path edited(Path dir, String from, String to) throws IOException {
    Path lib = Files.createDirectories(dir.resolve("lib"));
    String text =
        Files.readString(Path.of(LIBRARY, "caspian-ferry-2024.yaml"))
            .replaceAll("(?m)^  text: sources/.*\\n", "");
    assertTrue(text.contains(from));
    Files.writeString(lib.resolve("caspian-ferry-2024.yaml"), text.replace(from, to));
    return lib;
  }

  @Test
  void tsvEscapesTabsNewlinesAndBackslashesInAField(@TempDir Path dir) throws IOException {
    Path lib =
        edited(
            dir,
            "context: Opening ceremony at Ələt",
            "context: \"Opening\\tceremony\\nat \\\\Ələt\"");
    Cli.Result r =
        new Cli()
            .env("BRIEF_LIBRARY", lib.toString())
            .env("BRIEF_CACHE", "0")
            .run("quotes", "--format", "tsv");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(4, lines.size(), r.out());
    assertTrue(r.out().contains("\tOpening\\tceremony\\nat \\\\Ələt\t"), r.out());
  }

  @Test
  void jsonMatchOffsetsCountCodePoints(@TempDir Path dir) throws IOException {
    Path lib = edited(dir, "summary: >\n  A new ferry", "summary: >\n  🌊 A new ferry");
    JsonNode plain = JSON.readTree(in("search", "Aktau", "--format", "json").out());
    JsonNode wave =
        JSON.readTree(
            new Cli()
                .env("BRIEF_LIBRARY", lib.toString())
                .env("BRIEF_CACHE", "0")
                .run("search", "Aktau", "--format", "json")
                .out());
    assertEquals(2, wave.get("schema").asInt());
    int before = bottomLineMatch(plain);
    // The wave and a space: two code points (three UTF-16 units).
    assertEquals(before + 2, bottomLineMatch(wave));
    String text = wave.get("hits").get(1).get("text").asText();
    int[] cps = text.codePoints().toArray();
    assertEquals("Aktau", new String(cps, before + 2, 5));
  }

  private static int bottomLineMatch(JsonNode doc) {
    for (JsonNode hit : doc.get("hits")) {
      if (hit.get("field").asText().equals("bottom line")) {
        return hit.get("matches").get(0).get(0).asInt();
      }
    }
    throw new AssertionError(doc.toString());
  }

  @Test
  void aCommandThatPrintsDocumentsRefusesRecordFormats() {
    Cli.Result r = in("summary", "--format", "ndjson");
    assertEquals(2, r.code());
    assertEquals(
        "brief: --format ndjson is not offered by summary (formats: text, markdown, json)\n",
        r.err());
    assertEquals("", r.out());
  }
}
