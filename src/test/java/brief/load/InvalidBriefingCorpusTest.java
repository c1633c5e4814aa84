package brief.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.core.Diagnostic;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file in {@code src/test/resources/invalid} is paired with {@code NAME.errors}, the exact
 * lines {@code brief validate} must report for it. A few inputs are too big or too odd to keep in
 * the repository (a 10 MB file, a folder named like a briefing): they are made here, and their
 * expected lines are kept like the others.
 *
 * <p>Run with {@code -Dbrief.golden.update=true} to rewrite the {@code .errors} files after a
 * deliberate change of wording; review the diff.
 */
class InvalidBriefingCorpusTest {
  static final Path CORPUS = Path.of("src/test/resources/invalid");

  private static final Map<String, Generator> GENERATED =
      Map.of(
          "ten-megabytes",
              dir -> {
                Path file = dir.resolve("ten-megabytes.yaml");
                StringBuilder b = new StringBuilder("format: briefing/1\nsummary: \"");
                b.append("x".repeat(10 * 1024 * 1024)).append("\"\n");
                Files.writeString(file, b, StandardCharsets.UTF_8);
                return file;
              },
          "a-directory", dir -> Files.createDirectories(dir.resolve("a-directory.yaml")),
          "no-such-file", dir -> dir.resolve("no-such-file.yaml"));

  interface Generator {
    Path make(Path dir) throws IOException;
  }

  @TempDir Path temp;

  @TestFactory
  Stream<DynamicTest> everyInvalidFileReportsExactlyItsErrors() throws IOException {
    List<DynamicTest> tests = new ArrayList<>();
    List<Path> inputs;
    try (Stream<Path> files = Files.list(CORPUS)) {
      inputs =
          files
              .filter(p -> !Files.isDirectory(p) && !p.toString().endsWith(".errors"))
              .sorted()
              .toList();
    }
    for (Path input : inputs) {
      String name = input.getFileName().toString();
      tests.add(
          DynamicTest.dynamicTest(name, () -> check(name.replaceFirst("\\.ya?ml$", ""), input)));
    }
    for (var entry : GENERATED.entrySet()) {
      tests.add(
          DynamicTest.dynamicTest(
              entry.getKey() + " (made by the test)",
              () -> check(entry.getKey(), entry.getValue().make(temp))));
    }
    assertTrue(tests.size() >= 25, "the corpus holds at least 25 invalid briefings");
    return tests.stream();
  }

  private void check(String name, Path input) throws IOException {
    Path expectedFile = CORPUS.resolve(name + ".errors");
    String shown = input.getFileName().toString();
    List<String> actual =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5),
            () -> {
              try {
                new BriefingLoader(Limits.DEFAULT, true).load(input, shown);
                return List.of();
              } catch (BriefingException e) {
                return e.diagnostics().stream().map(Diagnostic::toString).toList();
              }
            });
    assertFalse(actual.isEmpty(), shown + " must be refused");
    if (Boolean.getBoolean("brief.golden.update")) {
      Files.write(expectedFile, actual, StandardCharsets.UTF_8);
    }
    assertTrue(Files.exists(expectedFile), "missing " + expectedFile);
    List<String> expected = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
    assertEquals(String.join("\n", expected), String.join("\n", actual), shown);
  }
}
