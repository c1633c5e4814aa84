package brief.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import brief.core.Briefing;
import brief.core.BriefingView;
import brief.core.CondensedSummary;
import brief.core.Diagnostic;
import brief.load.BriefingException;
import brief.load.BriefingLoader;
import brief.load.Limits;
import brief.load.SourceReader;
import brief.render.Documents;
import brief.render.Options;
import brief.render.TextRenderer;
import brief.tui.Glyphs;
import brief.tui.ReaderState;
import brief.tui.Size;
import brief.tui.View;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Mutates real briefings (bytes, YAML structure, field values) and generates random YAML: the
 * loader must always return a briefing or throw its own error holding located diagnostics, never
 * anything else, never in more than a second; what loads must render. 10,000 cases by default;
 * {@code -Dbrief.fuzz.cases=N} (or {@code mvn verify -Pfuzz}) for more, {@code -Dbrief.fuzz.seed=S}
 * to replay a run.
 */
@Tag("slow")
class FuzzTest {
  static final Path REGRESSIONS = Path.of("src/test/resources/fuzz-regressions");
  static final Path FAILURES = Path.of("target/fuzz-failures");
  static final long MAX_NANOS = 1_000_000_000L;

  private static final String[] SNIPPETS = {
    "- ",
    ": ",
    "&a ",
    "*a",
    "!!str ",
    "!!binary ",
    "!x ",
    "[",
    "]",
    "{",
    "}",
    "|",
    ">",
    "? ",
    "---\n",
    "...\n",
    "%YAML 1.1\n",
    "#",
    "\"",
    "'",
    "\\",
    "\t",
    "\u001b[2J",
    "\u202e",
    "\u0000",
    "<<: *a\n",
    "x-extra: 1\n",
    "themes: [",
    "  ",
    "\n",
    "~",
    "null",
    "NO",
    "1e999",
    "0x1F",
    "2025-13-45",
    "ə",
    "💧"
  };
  private static final String[] KEYS = {
    "format",
    "id",
    "title",
    "summary",
    "themes",
    "sections",
    "points",
    "text",
    "speaker",
    "quotes",
    "stakeholders",
    "timeline",
    "source",
    "priority",
    "key",
    "label",
    "name",
    "kind",
    "date",
    "affiliation",
    "aliases",
    "x-note",
    "unknown",
    "<<"
  };

  @Test
  void regressionsFromEarlierRunsStayFixed() throws IOException {
    try (Stream<Path> files = Files.list(REGRESSIONS)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
        String failure = run(file.getFileName().toString(), Files.readAllBytes(file));
        assertTrue(failure == null, file + ": " + failure);
      }
    }
  }

  @Test
  void mutatedAndRandomBriefingsLoadOrFailWithLocatedErrors() throws IOException {
    int cases = Integer.getInteger("brief.fuzz.cases", 10_000);
    long seed = Long.getLong("brief.fuzz.seed", 20261128L);
    Random random = new Random(seed);
    List<byte[]> seeds = new ArrayList<>();
    for (String f :
        List.of(
            "src/test/resources/frozen/us-azerbaijan-partnership-2025.yaml",
            "src/test/resources/valid/water-talks.yaml",
            "src/test/resources/library/caspian-ferry-2024.yaml",
            "src/test/resources/library/mekong-data-2023.yaml",
            "src/test/resources/library/arctic-council-2024.yaml")) {
      seeds.add(Files.readAllBytes(Path.of(f)));
    }
    int loaded = 0;
    int refused = 0;
    long start = System.nanoTime();
    List<String> failures = new ArrayList<>();
    for (int i = 0; i < cases; i++) {
      byte[] input =
          i % 10 == 9
              ? randomYaml(random)
              : mutate(seeds.get(random.nextInt(seeds.size())), random, seeds);
      String name = "case-" + seed + "-" + i + ".yaml";
      String failure = run(name, input);
      if (failure == null) {
        if (loads(name, input)) {
          loaded++;
        } else {
          refused++;
        }
      } else {
        Files.createDirectories(FAILURES);
        Files.write(FAILURES.resolve(name), input);
        failures.add(name + ": " + failure);
      }
    }
    System.out.printf(
        "fuzz: %d cases (%d loaded, %d refused) in %.1f s, seed %d%n",
        cases, loaded, refused, (System.nanoTime() - start) / 1e9, seed);
    if (!failures.isEmpty()) {
      fail(
          failures.size()
              + " failing cases, written to "
              + FAILURES
              + " (copy them into "
              + REGRESSIONS
              + "):\n"
              + String.join("\n", failures.subList(0, Math.min(10, failures.size()))));
    }
  }

  /** Null when the loader behaved; else what went wrong. */
  static String run(String name, byte[] input) {
    for (boolean strict : new boolean[] {false, true}) {
      long began = System.nanoTime();
      try {
        Briefing b = new BriefingLoader(Limits.DEFAULT, strict).parse(name, input, SOURCE);
        if (b == null) {
          return "null briefing";
        }
        render(b);
      } catch (BriefingException e) {
        if (e.diagnostics().isEmpty()) {
          return "an error without diagnostics";
        }
        for (Diagnostic d : e.diagnostics()) {
          if (!d.file().equals(name) || d.message().isBlank() || d.line() < 0 || d.column() < 0) {
            return "a badly located diagnostic: " + d;
          }
        }
      } catch (Throwable t) {
        return t.toString();
      }
      if (System.nanoTime() - began > MAX_NANOS) {
        return "took more than a second";
      }
    }
    return null;
  }

  private static final byte[] SOURCE_TEXT = readSource();
  private static final SourceReader SOURCE = relative -> SOURCE_TEXT;

  private static byte[] readSource() {
    try {
      return Files.readAllBytes(
          Path.of("src/test/resources/frozen/sources/us-azerbaijan-partnership-2025.txt"));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static boolean loads(String name, byte[] input) {
    try {
      new BriefingLoader().parse(name, input, SOURCE);
      return true;
    } catch (BriefingException e) {
      return false;
    }
  }

  private static void render(Briefing b) {
    TextRenderer.render(
        Documents.summary(CondensedSummary.of(BriefingView.of(b), 10)), Options.plain(60));
    TextRenderer.render(Documents.show(BriefingView.of(b), null), Options.plain(40));
    View.of(ReaderState.start(List.of(b), new Size(50, 14), Glyphs.UNICODE));
  }

  static byte[] mutate(byte[] seed, Random r, List<byte[]> seeds) {
    byte[] out = seed;
    int rounds = 1 + r.nextInt(4);
    for (int k = 0; k < rounds; k++) {
      out =
          switch (r.nextInt(9)) {
            case 0 -> flip(out, r);
            case 1 ->
                insert(
                    out,
                    r.nextInt(out.length + 1),
                    SNIPPETS[r.nextInt(SNIPPETS.length)].getBytes(StandardCharsets.UTF_8));
            case 2 -> delete(out, r);
            case 3 -> lines(out, r, "swap");
            case 4 -> lines(out, r, "duplicate");
            case 5 -> lines(out, r, "indent");
            case 6 -> value(out, r);
            case 7 -> splice(out, seeds.get(r.nextInt(seeds.size())), r);
            default -> insert(out, r.nextInt(out.length + 1), new byte[] {(byte) r.nextInt(256)});
          };
    }
    return out;
  }

  private static byte[] flip(byte[] in, Random r) {
    if (in.length == 0) {
      return in;
    }
    byte[] out = in.clone();
    out[r.nextInt(out.length)] ^= (byte) (1 << r.nextInt(8));
    return out;
  }

  private static byte[] insert(byte[] in, int at, byte[] what) {
    byte[] out = new byte[in.length + what.length];
    System.arraycopy(in, 0, out, 0, at);
    System.arraycopy(what, 0, out, at, what.length);
    System.arraycopy(in, at, out, at + what.length, in.length - at);
    return out;
  }

  private static byte[] delete(byte[] in, Random r) {
    if (in.length < 2) {
      return in;
    }
    int from = r.nextInt(in.length);
    int to = Math.min(in.length, from + 1 + r.nextInt(64));
    byte[] out = new byte[in.length - (to - from)];
    System.arraycopy(in, 0, out, 0, from);
    System.arraycopy(in, to, out, from, in.length - to);
    return out;
  }

  private static byte[] splice(byte[] a, byte[] b, Random r) {
    int cutA = r.nextInt(a.length + 1);
    int cutB = r.nextInt(b.length + 1);
    byte[] out = new byte[cutA + b.length - cutB];
    System.arraycopy(a, 0, out, 0, cutA);
    System.arraycopy(b, cutB, out, cutA, b.length - cutB);
    return out;
  }

  private static byte[] lines(byte[] in, Random r, String how) {
    List<String> lines =
        new ArrayList<>(List.of(new String(in, StandardCharsets.UTF_8).split("\n", -1)));
    if (lines.size() < 2) {
      return in;
    }
    int i = r.nextInt(lines.size());
    int j = r.nextInt(lines.size());
    switch (how) {
      case "swap" -> {
        String t = lines.get(i);
        lines.set(i, lines.get(j));
        lines.set(j, t);
      }
      case "duplicate" -> lines.add(j, lines.get(i));
      default ->
          lines.set(
              i,
              r.nextBoolean()
                  ? " ".repeat(1 + r.nextInt(4)) + lines.get(i)
                  : lines.get(i).stripLeading());
    }
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }

  /** Replaces the value after some "key:" with something of another kind. */
  private static byte[] value(byte[] in, Random r) {
    String text = new String(in, StandardCharsets.UTF_8);
    int colon = text.indexOf(": ", r.nextInt(Math.max(1, text.length())));
    if (colon < 0) {
      return in;
    }
    int end = text.indexOf('\n', colon);
    end = end < 0 ? text.length() : end;
    String[] values = {
      "",
      "~",
      "[]",
      "{}",
      "[a, b]",
      "{a: 1}",
      "\"\\e[31mred\"",
      "\"\\u202e\"",
      "true",
      "NO",
      "1.10",
      "-1",
      "0",
      "99999999999999999999",
      "x".repeat(r.nextInt(3000)),
      "&z v",
      "*z",
      "!!int 3",
      "|\n  block",
      ">-\n  fold",
      "\"" + "ə💧".repeat(r.nextInt(50)) + "\"",
      "2025-02-30",
      "high",
      "person",
      "energy-security"
    };
    return (text.substring(0, colon + 2) + values[r.nextInt(values.length)] + text.substring(end))
        .getBytes(StandardCharsets.UTF_8);
  }

  static byte[] randomYaml(Random r) {
    StringBuilder b = new StringBuilder();
    node(b, r, 0, 0);
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void node(StringBuilder b, Random r, int depth, int indent) {
    int kind = depth > 5 ? 2 : r.nextInt(3);
    String pad = " ".repeat(indent);
    if (kind == 0) {
      int n = 1 + r.nextInt(5);
      for (int i = 0; i < n; i++) {
        b.append(pad).append(KEYS[r.nextInt(KEYS.length)]).append(":");
        if (r.nextBoolean()) {
          b.append('\n');
          node(b, r, depth + 1, indent + 2);
        } else {
          b.append(' ').append(scalar(r)).append('\n');
        }
      }
    } else if (kind == 1) {
      int n = 1 + r.nextInt(4);
      for (int i = 0; i < n; i++) {
        b.append(pad).append("-");
        if (r.nextBoolean()) {
          b.append('\n');
          node(b, r, depth + 1, indent + 2);
        } else {
          b.append(' ').append(scalar(r)).append('\n');
        }
      }
    } else {
      b.append(pad).append(scalar(r)).append('\n');
    }
  }

  private static String scalar(Random r) {
    String[] s = {
      "briefing/1",
      "x",
      "energy-security",
      "high",
      "true",
      "2025-07-20",
      "[a, b]",
      "{k: v}",
      "\"quoted\"",
      "'single'",
      "~",
      "12",
      "ə",
      "\"\\e[0m\"",
      "&q anchor",
      "*q",
      "!!str s",
      "|"
    };
    return s[r.nextInt(s.length)];
  }
}
