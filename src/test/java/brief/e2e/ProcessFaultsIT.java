package brief.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Signals, closed pipes and full disks against the real launcher: clean exits, right codes,
 * terminal restored.
 */
class ProcessFaultsIT {
  static final Path REPO = Path.of("").toAbsolutePath();

  @TempDir Path temp;

  private record Run(int code, String out, String err) {}

  private Run bash(String script) throws Exception {
    Process p =
        new ProcessBuilder("bash", "-c", script)
            .directory(REPO.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "finished");
    return new Run(
        p.exitValue(),
        new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
        new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  @Test
  void aReaderThatClosesThePipeEarlyEndsTheCommandQuietly() throws Exception {
    Path big = temp.resolve("big.yaml");
    String base = Files.readString(REPO.resolve("src/test/resources/valid/water-talks.yaml"));
    Files.writeString(
        big,
        base.replace(
            "summary: Both sides agree to share data on river flow.",
            "summary: " + "flow ".repeat(150_000)));
    Run r =
        bash(
            "LANG=C.UTF-8 bin/brief show "
                + big
                + " 2>"
                + temp.resolve("err")
                + " | head -1; echo \"status=${PIPESTATUS[0]}\"");
    assertTrue(r.out().startsWith("Water-sharing talks on the Kura\n"), r.out());
    assertTrue(r.out().contains("status=141"), r.out());
    assertEquals("", Files.readString(temp.resolve("err")), "nothing on stderr");
  }

  @Test
  void aFullDiskIsAnErrorNotASuccess() throws Exception {
    assumeTrue(Files.exists(Path.of("/dev/full")));
    Run r = bash("bin/brief summary > /dev/full");
    assertEquals(3, r.code());
    assertEquals("brief: cannot write the output: No space left on device\n", r.err());
  }

  @ParameterizedTest(name = "kill -{0} while reading exits {1} and restores the terminal")
  @CsvSource({"TERM, 143", "HUP, 129", "INT, 130", "KILL, 137"})
  void aSignalWhileReadingRestoresTheTerminal(String signal, int expected) throws Exception {
    assumeTrue(Tmux.available(), "tmux is not installed");
    String marker = "brief.test.marker=" + UUID.randomUUID();
    try (Tmux t = new Tmux(80, 24, REPO)) {
      Tmux.Run reader = t.start("BRIEF_JAVA_OPTS=-D" + marker + " bin/brief read", temp);
      t.await("Sections");
      Process kill = new ProcessBuilder("pkill", "-" + signal, "-f", marker).start();
      assertTrue(kill.waitFor(5, TimeUnit.SECONDS));
      assertEquals(expected, reader.exitCode());
      String[] modes = reader.modes();
      assertEquals(modes[0], modes[1], "stty -g after SIG" + signal);
      String screen = t.screen();
      assertFalse(screen.contains("Exception") || screen.contains("\tat "), screen);
      assertFalse(screen.contains("┌ Sections"), "the alternate screen was left: " + screen);
    }
  }
}
