package brief.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Signals, closed pipes and full disks against the real launcher: clean exits, right codes, terminal restored. */
class ProcessFaultsIT {
  static final Path REPO = Path.of("").toAbsolutePath();

  @TempDir Path temp;

  private record Run(int code, String out, String err) {}

  private Run bash(String script) throws Exception {
    Process p = new ProcessBuilder("bash", "-c", script).directory(REPO.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "finished");
    return new Run(p.exitValue(), new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
        new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
  }

  @Test
  void aReaderThatClosesThePipeEarlyEndsTheCommandQuietly() throws Exception {
    Path big = temp.resolve("big.yaml");
    String base = Files.readString(REPO.resolve("src/test/resources/valid/water-talks.yaml"));
    Files.writeString(big, base.replace("summary: Both sides agree to share data on river flow.",
        "summary: " + "flow ".repeat(150_000)));
    Run r = bash("LANG=C.UTF-8 bin/brief show " + big + " 2>" + temp.resolve("err") + " | head -1; echo \"status=${PIPESTATUS[0]}\"");
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
    Path before = temp.resolve("before");
    Path after = temp.resolve("after");
    Path done = temp.resolve("done");
    try (Tmux t = new Tmux(80, 24, REPO)) {
      t.run("stty -g > " + before + "; BRIEF_JAVA_OPTS=-D" + marker + " bin/brief read; echo \"exit=$?\" > " + done
          + "; stty -g > " + after);
      t.await("Sections");
      Process kill = new ProcessBuilder("pkill", "-" + signal, "-f", marker).start();
      assertTrue(kill.waitFor(5, TimeUnit.SECONDS));
      t.await(s -> Files.exists(done), Duration.ofSeconds(15), "the reader to end on SIG" + signal);
      Thread.sleep(300);
      assertEquals("exit=" + expected, Files.readString(done).strip());
      assertEquals(Files.readString(before), Files.readString(after), "stty -g after SIG" + signal);
      String screen = t.screen();
      assertFalse(screen.contains("Exception") || screen.contains("\tat "), screen);
      assertFalse(screen.contains("┌ Sections"), "the alternate screen was left: " + screen);
    }
  }
}
