package brief.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import brief.cli.CliProbe;
import brief.core.Briefing;
import brief.load.BriefingException;
import brief.load.BriefingLoader;
import brief.tui.Frame;
import brief.tui.Glyphs;
import brief.tui.Input;
import brief.tui.ReaderState;
import brief.tui.Size;
import brief.tui.Update;
import brief.tui.View;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus ({@code src/test/resources/hostile}, its outcomes in {@code outcomes.tsv},
 * plus inputs too big or too odd to keep in git, made here). Every file goes through {@code
 * validate}, every lookup in every format, and the reader's view; each must end as its outcome
 * says, within a second, and nothing printed or drawn may hold a raw control or bidi character.
 */
class HostileInputTest {
  static final Path CORPUS = Path.of("src/test/resources/hostile");
  static final Duration SECOND = Duration.ofSeconds(1);

  record Case(String name, Path file, boolean loads, String fragment) {}

  @TempDir static Path made;

  @BeforeAll
  static void warmUp() {
    CliProbe.run("validate", "src/test/resources/valid/water-talks.yaml");
    CliProbe.run("summary", "src/test/resources/valid/water-talks.yaml", "--format", "json");
  }

  static List<Case> cases(Path made) throws IOException, InterruptedException {
    List<Case> cases = new ArrayList<>();
    for (String line : Files.readAllLines(CORPUS.resolve("outcomes.tsv"), StandardCharsets.UTF_8)) {
      if (line.startsWith("#") || line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      cases.add(new Case(f[0], CORPUS.resolve(f[0]), f[1].equals("loads"), f[2]));
    }
    String base =
        Files.readString(
            Path.of("src/test/resources/valid/water-talks.yaml"), StandardCharsets.UTF_8);
    Files.createDirectories(made.resolve("sources"));
    Files.copy(
        Path.of("src/test/resources/valid/sources/water.txt"), made.resolve("sources/water.txt"));
    Path million = made.resolve("million-char-line.yaml");
    Files.writeString(
        million,
        base.replace(
            "summary: Both sides agree to share data on river flow.",
            "summary: " + "word ".repeat(200_000)),
        StandardCharsets.UTF_8);
    cases.add(new Case("million-char-line.yaml (made)", million, true, ""));
    Path deep = made.resolve("deep-nesting.yaml");
    Files.writeString(deep, "format: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n");
    cases.add(new Case("deep-nesting.yaml (made, 100,000 [)", deep, false, "nests too deeply"));
    Path scalar = made.resolve("huge-scalar.yaml");
    Files.writeString(
        scalar,
        base.replace(
            "summary: Both sides agree to share data on river flow.",
            "summary: " + "x".repeat(4 * 1024 * 1024)));
    cases.add(new Case("huge-scalar.yaml (made, 4 MB)", scalar, false, "larger than the limit"));
    Path huge = made.resolve("huge-file.yaml");
    Files.writeString(huge, base + ("# padding\n").repeat(1_100_000));
    cases.add(new Case("huge-file.yaml (made, 10 MB)", huge, false, "larger than the limit"));
    Path dir = Files.createDirectories(made.resolve("a-folder.yaml"));
    cases.add(new Case("a-folder.yaml (made)", dir, false, "is a directory"));
    Path fifo = made.resolve("fifo.yaml");
    if (new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0) {
      cases.add(new Case("fifo.yaml (made)", fifo, false, "is not a regular file"));
    }
    Path evilName = made.resolve("evil\u001b[2Jname.yaml");
    Files.writeString(evilName, base.replace("id: water-talks-2024", "id: evil-name"));
    cases.add(new Case("a file name with an escape (made)", evilName, true, ""));
    return cases;
  }

  @TestFactory
  Stream<DynamicTest> everyHostileFileEndsAsExpectedQuicklyAndPrintsNothingRaw() throws Exception {
    List<Case> cases = cases(made);
    assertTrue(cases.size() >= 30, "at least 30 hostile files: " + cases.size());
    return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
  }

  private static void check(Case c) {
    String file = c.file().toString();
    CliProbe.Result validate = timed(() -> CliProbe.run("validate", file));
    String report = validate.out() + validate.err();
    assertTrue(report.contains(c.fragment()), c.name() + ": " + report);
    safe(c.name() + " validate", report);
    if (!c.loads()) {
      assertTrue(validate.code() == 1 || validate.code() == 3, c.name() + " is refused: " + report);
      assertEquals(
          1, report.lines().filter(l -> l.contains(": error: ")).count() > 0 ? 1 : 0, report);
    }
    Map<String, String[]> lookups = new LinkedHashMap<>();
    for (String format : List.of("text", "markdown", "json")) {
      lookups.put("summary " + format, new String[] {"summary", file, "--format", format});
      lookups.put("show " + format, new String[] {"show", file, "--format", format});
      lookups.put("quotes " + format, new String[] {"quotes", file, "--format", format});
      lookups.put(
          "stakeholders " + format, new String[] {"stakeholders", file, "--format", format});
    }
    for (var e : lookups.entrySet()) {
      CliProbe.Result r = timed(() -> CliProbe.run(e.getValue()));
      safe(c.name() + " " + e.getKey(), r.out() + r.err());
      if (c.loads()) {
        assertEquals(0, r.code(), c.name() + " " + e.getKey() + ": " + r.err());
      } else {
        assertTrue(
            r.code() == 1 || r.code() == 3, c.name() + " " + e.getKey() + " exit " + r.code());
        assertTrue(r.err().contains(c.fragment()), r.err());
      }
    }
    if (c.loads()) {
      Briefing b =
          timed(
              () -> {
                try {
                  return new BriefingLoader().load(c.file(), c.name());
                } catch (BriefingException e) {
                  throw new AssertionError(e.diagnostics().toString());
                }
              });
      reader(c.name(), b);
    }
  }

  /** The reader's frames at two sizes, through the screens a person would open. */
  private static void reader(String name, Briefing b) {
    for (Size size : List.of(new Size(80, 24), new Size(40, 12))) {
      ReaderState s = ReaderState.start(List.of(b), size, Glyphs.UNICODE);
      for (String keys : List.of("", "jl", "jlj", "7l", "8l", "Gl", "s", "?", "t", "/we")) {
        ReaderState typed = s;
        for (char k : keys.toCharArray()) {
          typed = Update.apply(typed, new Input.Key(k));
        }
        ReaderState shown = typed;
        Frame f = timed(() -> View.of(shown));
        safe(name + " reader " + keys, f.plain());
        for (int y = 0; y < f.height(); y++) {
          assertTrue(
              brief.render.DisplayWidth.of(f.row(y)) <= size.columns(),
              name + " row too wide: " + f.row(y));
        }
      }
    }
  }

  /** Fails on any raw C0 control (but newline and tab), DEL, C1 control or bidi control. */
  static void safe(String what, String text) {
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      boolean raw =
          (ch < 0x20 && ch != '\n' && ch != '\t')
              || (ch >= 0x7f && ch <= 0x9f)
              || (ch >= 0x202a && ch <= 0x202e)
              || (ch >= 0x2066 && ch <= 0x2069)
              || ch == 0x200e
              || ch == 0x200f
              || ch == 0x061c
              || Character.isSurrogate(ch)
                  && !(Character.isHighSurrogate(ch)
                      && i + 1 < text.length()
                      && Character.isLowSurrogate(text.charAt(i + 1)))
                  && !(Character.isLowSurrogate(ch)
                      && i > 0
                      && Character.isHighSurrogate(text.charAt(i - 1)));
      if (raw) {
        fail(
            what
                + ": raw U+"
                + String.format("%04X", (int) ch)
                + " at "
                + i
                + " in: "
                + text.substring(Math.max(0, i - 40), Math.min(text.length(), i + 40)));
      }
    }
  }

  private static <T> T timed(java.util.function.Supplier<T> work) {
    return assertTimeoutPreemptively(SECOND, work::get);
  }
}
