package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tamper corpus ({@code src/test/resources/tamper/corpus.txt}): the bundled briefing changed
 * the way a careless or dishonest writer would, each kind caught by its rule with its message, at
 * its line, with its exit status without and with {@code --strict}; and honest variants that pass
 * {@code --strict}.
 */
class TamperCorpusTest {
  private static final Path CORPUS = Path.of("src/test/resources/tamper/corpus.txt");
  private static final Path BRIEFINGS = Path.of("briefings");
  private static final String FILE = "us-azerbaijan-partnership-2025.yaml";
  private static final String SOURCE = "sources/us-azerbaijan-partnership-2025.txt";

  /** A text change: {@code from} occurs once and becomes {@code to}. */
  record Change(String from, String to) {}

  record Kind(
      String name,
      int plain,
      int strict,
      String at,
      String message,
      List<Change> briefing,
      List<Change> source) {
    boolean honest() {
      return plain == 0 && strict == 0;
    }
  }

  static List<Kind> corpus() throws IOException {
    List<Kind> kinds = new ArrayList<>();
    String[] blocks = Files.readString(CORPUS, StandardCharsets.UTF_8).split("(?m)^=== ");
    for (int i = 1; i < blocks.length; i++) {
      kinds.add(kind(blocks[i]));
    }
    return kinds;
  }

  private static Kind kind(String block) {
    String[] parts = block.split("(?m)^--- ");
    String[] head = parts[0].split("\n");
    String name = head[0].strip();
    int plain = -1;
    int strict = -1;
    String at = null;
    String message = null;
    for (String line : head) {
      if (line.startsWith("exit ")) {
        String[] codes = line.substring(5).strip().split(" ");
        plain = Integer.parseInt(codes[0]);
        strict = Integer.parseInt(codes[1]);
      } else if (line.startsWith("at ")) {
        at = line.substring(3).strip().equals("-") ? null : line.substring(3).strip();
      } else if (line.startsWith("message ")) {
        message = line.substring(8).strip().replace("\\n", "\n");
      }
    }
    List<Change> briefing = new ArrayList<>();
    List<Change> source = new ArrayList<>();
    for (int p = 1; p + 1 < parts.length; p += 2) {
      String label = parts[p].substring(0, parts[p].indexOf('\n'));
      String from = body(parts[p]);
      String to = body(parts[p + 1]);
      (label.startsWith("source") ? source : briefing).add(new Change(from, to));
    }
    return new Kind(name, plain, strict, at, message, briefing, source);
  }

  /** A block's text: after its label line, without its last line breaks and comment lines. */
  private static String body(String part) {
    String text = part.substring(part.indexOf('\n') + 1);
    return text.replaceAll("(?m)^#.*\\n", "").replaceAll("\\n+$", "");
  }

  @TestFactory
  Stream<DynamicTest> everyKindIsCaughtByItsRuleWithItsMessageLineAndExitStatus(@TempDir Path dir)
      throws IOException {
    return corpus().stream().map(k -> DynamicTest.dynamicTest(k.name(), () -> check(dir, k)));
  }

  @Test
  void theCorpusHasThirtyKindsOfTamperingAndTheHonestVariants() throws IOException {
    List<Kind> kinds = corpus();
    long tampered = kinds.stream().filter(k -> !k.honest()).count();
    long honest = kinds.stream().filter(Kind::honest).count();
    assertTrue(tampered >= 30, tampered + " kinds of tampering");
    assertTrue(honest >= 5, honest + " honest variants");
  }

  private static void check(Path dir, Kind k) throws IOException {
    String yaml = apply(read(BRIEFINGS.resolve(FILE)), k.briefing(), k.name());
    String text = apply(read(BRIEFINGS.resolve(SOURCE)), k.source(), k.name());
    Path folder = dir.resolve(k.name().replaceAll("[^a-z]+", "-"));
    Files.createDirectories(folder.resolve("sources"));
    Files.writeString(folder.resolve(SOURCE), text, StandardCharsets.UTF_8);
    Path file = Files.writeString(folder.resolve(FILE), yaml, StandardCharsets.UTF_8);
    String where = k.at() == null ? "" : file + ":" + lineOf(yaml, k.at(), k.name()) + ":";
    for (boolean strict : List.of(false, true)) {
      Cli.Result r =
          strict
              ? Cli.brief("validate", "--strict", file.toString())
              : Cli.brief("validate", file.toString());
      String mode = k.name() + (strict ? " (--strict)" : "");
      String out = r.out() + r.err();
      assertEquals(strict ? k.strict() : k.plain(), r.code(), mode + "\n" + out);
      boolean found =
          out.lines().anyMatch(line -> line.startsWith(where) && line.contains(k.message()));
      assertTrue(
          found, mode + ": expected a line at " + where + " with: " + k.message() + "\n" + out);
      if (k.honest()) {
        assertTrue(!out.contains("warning:") && !out.contains("error:"), mode + "\n" + out);
      }
    }
  }

  private static String apply(String text, List<Change> changes, String name) {
    String out = text;
    for (Change c : changes) {
      assertEquals(1, occurrences(out, c.from()), name + ": must occur once: " + c.from());
      out = out.replace(c.from(), c.to());
    }
    return out;
  }

  private static String read(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.UTF_8);
  }

  /** The line of {@code at} (which may hold {@code \n}); the line above it for {@code ^at}. */
  private static int lineOf(String text, String at, String name) {
    boolean above = at.startsWith("^");
    String part = (above ? at.substring(1) : at).replace("\\n", "\n");
    assertEquals(1, occurrences(text, part), name + ": '" + part + "' must occur once");
    int index = text.indexOf(part);
    return (int) text.substring(0, index).chars().filter(c -> c == '\n').count() + (above ? 0 : 1);
  }

  private static int occurrences(String text, String part) {
    return text.split(Pattern.quote(part), -1).length - 1;
  }
}
