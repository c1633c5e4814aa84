package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every lookup command in every format, on a frozen copy of the bundled briefing and on the test
 * library, compared byte for byte with {@code src/test/resources/golden}. Rewrite them after a
 * deliberate change with {@code -Dbrief.golden.update=true}, then review the diff.
 */
class LookupGoldenTest {
  static final Path GOLDEN = Path.of("src/test/resources/golden");
  static final String LIBRARY = "src/test/resources/library";

  /**
   * A copy of the bundled briefing as it was, so that editing the product's briefing changes no
   * golden.
   */
  static final String FROZEN = "src/test/resources/frozen";

  /** A briefing in native spellings and one in English spellings, the same person in both. */
  static final String SPELLINGS = "src/test/resources/spellings";

  record Case(String name, List<String> args) {}

  static List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    String[][] commands = {
      {"summary"},
      {"summary", "--theme", "peace", "--max-points", "2"},
      {"list"},
      {"show", "us-azerbaijan-partnership-2025"},
      {"show", "us-azerbaijan-partnership-2025", "energy"},
      {"quotes", "--speaker", "İlham"},
      {"stakeholders"},
      {"themes"},
      {"search", "washington", "energy"},
      // Under a filter, names come from the whole briefing: never an id such as ilham-aliyev.
      {"quotes", "--theme", "connectivity"},
      {"quotes", "--theme", "connectivity", "--speaker", "President Aliyev"},
      {"show", "us-azerbaijan-partnership-2025", "quotes", "--theme", "connectivity"},
      {"stakeholders", "--theme", "strategic-signalling"},
      {"search", "aliyev", "--theme", "connectivity"},
    };
    String[][] library = {
      {"summary", "caspian-ferry-2024", "mekong-data-2023", "arctic-council-2024"},
      {"list"},
      {"show", "caspian-ferry-2024"},
      {"show", "mekong-data-2023", "agreement"},
      {"quotes", "--all"},
      {"quotes", "--all", "--speaker", "shusha"},
      {"timeline"},
      {"stakeholders", "arctic-council-2024"},
      {"themes", "caspian-ferry-2024"},
      {"search", "LENKERAN"},
      {"search", "\"science above politics\""},
    };
    String[][] spellings = {
      {"search", "Əliyev"},
      {"search", "Şuşa"},
      {"search", "Washington"},
    };
    for (String format : List.of("text", "markdown", "json")) {
      for (String[] c : spellings) {
        cases.add(
            new Case(
                "spellings-" + String.join("-", c) + "." + format, args(c, format, SPELLINGS)));
      }
      for (String[] c : commands) {
        cases.add(
            new Case("frozen-" + String.join("-", c) + "." + format, args(c, format, FROZEN)));
      }
      for (String[] c : library) {
        cases.add(
            new Case("library-" + String.join("-", c) + "." + format, args(c, format, LIBRARY)));
      }
    }
    return cases;
  }

  private static List<String> args(String[] command, String format, String library) {
    List<String> args = new ArrayList<>(List.of(command));
    args.addAll(List.of("--format", format, "--width", "80"));
    if (library != null) {
      args.addAll(List.of("--library", library));
    }
    return args;
  }

  static String fileName(String caseName) {
    String ext =
        caseName.endsWith(".markdown") ? ".md" : caseName.substring(caseName.lastIndexOf('.'));
    String base =
        caseName.substring(0, caseName.lastIndexOf('.')).replaceAll("[^A-Za-z0-9.-]+", "_");
    return base + (ext.equals(".text") ? ".txt" : ext);
  }

  @TestFactory
  Stream<DynamicTest> everyCommandInEveryFormatMatchesItsGoldenFile() {
    return cases().stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
  }

  private static void check(Case c) throws IOException {
    Cli.Result r = Cli.brief(c.args().toArray(String[]::new));
    assertEquals(0, r.code(), r.err());
    Path golden = GOLDEN.resolve(fileName(c.name()));
    if (Boolean.getBoolean("brief.golden.update")) {
      Files.writeString(golden, r.out(), StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), r.out(), c.name());
  }
}
