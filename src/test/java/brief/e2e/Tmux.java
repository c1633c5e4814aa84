package brief.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A private tmux server holding one session: type keys, resize, and read the screen exactly as a
 * person would see it. Its own socket keeps it away from any tmux the developer runs.
 */
final class Tmux implements AutoCloseable {
  private final String socket = "brief-test-" + UUID.randomUUID();
  private final String session = "reader";

  static boolean available() {
    try {
      return new ProcessBuilder("tmux", "-V").start().waitFor() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  /** For a test's @BeforeAll: fails in CI, where .ci/run installs tmux; else skips without it. */
  static void assumeAvailable() {
    if ("true".equals(System.getenv("CI"))) {
      Assertions.assertTrue(available(), "tmux must be installed in CI (.ci/run installs it)");
    }
    Assumptions.assumeTrue(available(), "tmux is not installed");
  }

  /** The session's own XDG_STATE_HOME, removed with it. */
  private final Path state;

  Tmux(int columns, int rows, Path dir) throws IOException, InterruptedException {
    this(columns, rows, dir, "bash --norc --noprofile");
  }

  /** A session running {@code shell} (a command line) instead of a bare bash. */
  Tmux(int columns, int rows, Path dir, String shell) throws IOException, InterruptedException {
    state = Files.createTempDirectory("brief-tmux-state");
    tmux(
        "new-session",
        "-d",
        "-s",
        session,
        "-x",
        String.valueOf(columns),
        "-y",
        String.valueOf(rows),
        "-c",
        dir.toString(),
        "-e",
        "LANG=C.UTF-8",
        "-e",
        "BRIEF_JAR=" + dir.resolve("target/brief.jar"),
        "-e",
        "TERM=xterm-256color",
        // Read marks of its own: none of the user's, and none left by another test.
        "-e",
        "XDG_STATE_HOME=" + state,
        shell);
    tmux("set-option", "-t", session, "status", "off");
  }

  void type(String... keys) throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of("send-keys", "-t", session));
    args.addAll(List.of(keys));
    tmux(args.toArray(String[]::new));
  }

  /**
   * Types text as the UTF-8 bytes a terminal sends for it, given as hex so that neither this JVM's
   * charset nor tmux's locale changes them.
   */
  void typeUtf8(String text) throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of("send-keys", "-t", session, "-H"));
    for (byte b : text.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      args.add(String.format("%02x", b & 0xff));
    }
    tmux(args.toArray(String[]::new));
  }

  /** Types a line of shell text literally, then Enter. */
  void run(String line) throws IOException, InterruptedException {
    tmux("send-keys", "-t", session, "-l", line);
    tmux("send-keys", "-t", session, "Enter");
  }

  /** A command run by the shell in the session, between two snapshots of the terminal modes. */
  final class Run {
    private final Path before;
    private final Path after;
    private final Path done;

    private Run(Path dir) {
      before = dir.resolve("stty.before");
      after = dir.resolve("stty.after");
      done = dir.resolve("exit");
    }

    /** Waits for the command to end; returns its exit code. */
    int exitCode() throws IOException, InterruptedException {
      await(s -> written(done) && written(after), Duration.ofSeconds(15), "the command to end");
      return Integer.parseInt(Files.readString(done).strip());
    }

    private static boolean written(Path file) {
      try {
        return Files.exists(file) && Files.readString(file).endsWith("\n");
      } catch (IOException e) {
        return false;
      }
    }

    /** The terminal modes (stty -g) before and after, once the command has ended. */
    String[] modes() throws IOException {
      return new String[] {Files.readString(before), Files.readString(after)};
    }
  }

  /** Runs {@code command} in the session's shell, recording its exit code and stty -g around it. */
  Run start(String command, Path dir) throws IOException, InterruptedException {
    Run r = new Run(dir);
    run(
        "stty -g > "
            + r.before
            + "; "
            + command
            + "; echo $? > "
            + r.done
            + "; stty -g > "
            + r.after);
    return r;
  }

  void resize(int columns, int rows) throws IOException, InterruptedException {
    tmux("resize-window", "-t", session, "-x", String.valueOf(columns), "-y", String.valueOf(rows));
  }

  void pipeTo(Path file) throws IOException, InterruptedException {
    tmux("pipe-pane", "-t", session, "-o", "cat >> '" + file + "'");
  }

  /** Sets a server option, such as {@code set-clipboard on}. */
  void option(String name, String value) throws IOException, InterruptedException {
    tmux("set-option", "-s", name, value);
  }

  /** tmux's newest paste buffer: what an application copied through OSC 52, say. */
  String buffer() throws IOException, InterruptedException {
    return tmux("show-buffer");
  }

  /** A tmux format such as {@code #{cursor_x}} expanded for the session's pane. */
  String display(String format) throws IOException, InterruptedException {
    return tmux("display-message", "-p", "-t", session, format).strip();
  }

  String screen() throws IOException, InterruptedException {
    return tmux("capture-pane", "-t", session, "-p");
  }

  /** The screen with each cell's colours and attributes, as tmux's escape codes (-e). */
  String screenWithAttributes() throws IOException, InterruptedException {
    return tmux("capture-pane", "-t", session, "-p", "-e");
  }

  /** Waits until the screen satisfies {@code ready} and returns it; fails after the timeout. */
  String await(Predicate<String> ready, Duration timeout, String what)
      throws IOException, InterruptedException {
    long end = System.nanoTime() + timeout.toNanos();
    String last = "";
    while (System.nanoTime() < end) {
      last = screen();
      if (ready.test(last)) {
        return last;
      }
      Thread.sleep(50);
    }
    throw new AssertionError("timed out waiting for " + what + "; the screen shows:\n" + last);
  }

  String await(String text) throws IOException, InterruptedException {
    return await(s -> s.contains(text), Duration.ofSeconds(15), "'" + text + "'");
  }

  private String tmux(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
    command.addAll(List.of(args));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IOException("tmux " + String.join(" ", args) + " failed: " + out);
    }
    return out;
  }

  @Override
  public void close() throws IOException, InterruptedException {
    new ProcessBuilder("tmux", "-L", socket, "kill-server").start().waitFor();
    new ProcessBuilder("rm", "-rf", state.toString()).start().waitFor();
  }
}
