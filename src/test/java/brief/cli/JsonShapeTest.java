package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every JSON document the commands print parses, and has the shape that docs/json.md shows for its
 * command: the same keys at every level, the same JSON types.
 */
class JsonShapeTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The documented example for each command, keyed like "show BRIEFING SECTION". */
  static Map<String, JsonNode> documented() throws IOException {
    String doc = Files.readString(Path.of("docs/json.md"), StandardCharsets.UTF_8);
    Map<String, JsonNode> examples = new LinkedHashMap<>();
    Matcher m =
        Pattern.compile("## `brief ([^`]+)`\\s+```json\\n(.*?)```", Pattern.DOTALL).matcher(doc);
    while (m.find()) {
      examples.put(m.group(1), JSON.readTree(m.group(2)));
    }
    return examples;
  }

  @Test
  void everyCommandThatPrintsJsonIsDocumented() throws IOException {
    assertEquals(
        new TreeSet<>(
            List.of(
                "summary",
                "list",
                "show BRIEFING",
                "show BRIEFING SECTION",
                "quotes",
                "stakeholders",
                "themes",
                "timeline",
                "search QUERY",
                "diff",
                "validate")),
        new TreeSet<>(documented().keySet()));
  }

  @TestFactory
  Stream<DynamicTest> everyJsonOutputHasItsDocumentedShape() throws IOException {
    Map<String, JsonNode> examples = documented();
    List<DynamicTest> tests = new ArrayList<>();
    for (LookupGoldenTest.Case c : LookupGoldenTest.cases()) {
      if (!c.name().endsWith(".json")) {
        continue;
      }
      String command = c.args().get(0);
      String key =
          switch (command) {
            case "show" ->
                c.args().size() > 2 && PARTS.contains(c.args().get(2))
                    ? c.args().get(2)
                    : c.args().size() > 2 && !c.args().get(2).startsWith("--")
                        ? "show BRIEFING SECTION"
                        : "show BRIEFING";
            case "search" -> "search QUERY";
            default -> command;
          };
      tests.add(
          DynamicTest.dynamicTest(
              c.name(),
              () -> {
                Cli.Result r = Cli.brief(c.args().toArray(String[]::new));
                JsonNode actual = JSON.readTree(r.out());
                if (PARTS.contains(key)) {
                  // show BRIEFING PART: the part's command's shape, with the briefing's id besides.
                  ((com.fasterxml.jackson.databind.node.ObjectNode) actual).remove("briefing");
                }
                conforms(withoutBriefing(examples.get(key), PARTS.contains(key)), actual, "$");
              }));
    }
    tests.add(
        DynamicTest.dynamicTest(
            "diff",
            () -> {
              Path dir = Files.createTempDirectory("brief-diff");
              Path edited = dir.resolve("edited.yaml");
              Files.createDirectories(dir.resolve("sources"));
              Files.copy(
                  Path.of("briefings/sources/us-azerbaijan-partnership-2025.txt"),
                  dir.resolve("sources/us-azerbaijan-partnership-2025.txt"));
              Files.writeString(
                  edited,
                  DiffCommandTest.edit(
                      Files.readString(Path.of("briefings/us-azerbaijan-partnership-2025.yaml"))));
              Cli.Result r =
                  Cli.brief(
                      "diff",
                      "briefings/us-azerbaijan-partnership-2025.yaml",
                      edited.toString(),
                      "--format",
                      "json");
              conforms(examples.get("diff"), JSON.readTree(r.out()), "$");
            }));
    tests.add(
        DynamicTest.dynamicTest(
            "validate",
            () -> {
              Cli.Result r =
                  Cli.brief(
                      "validate",
                      "--format",
                      "json",
                      "briefings",
                      "src/test/resources/invalid/many-errors.yaml");
              conforms(examples.get("validate"), JSON.readTree(r.out()), "$");
            }));
    return tests.stream();
  }

  /** The parts that {@code show BRIEFING PART} prints in the shape of their own command. */
  private static final java.util.Set<String> PARTS =
      java.util.Set.of("quotes", "stakeholders", "themes");

  private static JsonNode withoutBriefing(JsonNode example, boolean part) {
    if (!part) {
      return example;
    }
    com.fasterxml.jackson.databind.node.ObjectNode copy =
        ((com.fasterxml.jackson.databind.node.ObjectNode) example).deepCopy();
    copy.remove("briefing");
    return copy;
  }

  /**
   * {@code actual} has the example's keys and types, recursively; list items all follow the first
   * example item.
   */
  static void conforms(JsonNode example, JsonNode actual, String path) {
    assertEquals(example.getNodeType(), actual.getNodeType(), path);
    if (example.isObject()) {
      TreeSet<String> want = new TreeSet<>();
      example.fieldNames().forEachRemaining(want::add);
      TreeSet<String> got = new TreeSet<>();
      actual.fieldNames().forEachRemaining(got::add);
      if (path.matches("\\$\\.files\\[\\d+\\]")) {
        got.addAll(List.of("id", "fidelity_checked"));
      }
      assertEquals(want, got, path);
      for (Iterator<String> it = actual.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        conforms(example.get(name), actual.get(name), path + "." + name);
      }
    } else if (example.isArray() && example.size() > 0) {
      for (int i = 0; i < actual.size(); i++) {
        conforms(example.get(0), actual.get(i), path + "[" + i + "]");
      }
    }
  }
}
