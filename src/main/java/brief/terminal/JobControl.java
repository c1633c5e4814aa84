package brief.terminal;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Stopping the reader as a shell job (Ctrl-Z, or a SIGTSTP sent from outside) so that {@code fg}
 * resumes it. Only where a shell can resume it: a process group with no shell above it (the reader
 * run straight from tmux, or by a script) would stay stopped for good.
 */
final class JobControl {
  private JobControl() {}

  /**
   * Stops this process group, as the shell's job, and returns once it is continued; false (and
   * nothing stops) when no shell could continue it.
   */
  static boolean stopJob() throws IOException, InterruptedException {
    if (!shellAbove()) {
      return false;
    }
    // SIGSTOP, not SIGTSTP: this JVM handles SIGTSTP itself (see onStopSignal).
    Process kill = new ProcessBuilder("kill", "-STOP", "0").redirectErrorStream(true).start();
    kill.getInputStream().readAllBytes();
    return kill.waitFor() == 0;
  }

  /**
   * Whether a process of this session outside this process group is the parent of one in it: a
   * job-control shell that will see the job stop, and continue it (POSIX: the group is not
   * orphaned). Read from /proc; where there is none, assume a shell.
   */
  static boolean shellAbove() {
    try {
      long pid = ProcessHandle.current().pid();
      long[] self = stat(pid);
      long at = pid;
      for (int hops = 0; hops < 64; hops++) {
        long[] s = stat(at);
        long parent = s[0];
        if (parent <= 1) {
          return false;
        }
        long[] p = stat(parent);
        if (p[1] != self[1]) {
          return p[2] == self[2];
        }
        at = parent;
      }
      return false;
    } catch (IOException | RuntimeException e) {
      return true;
    }
  }

  /** Parent pid, process group and session of {@code pid}, from /proc/PID/stat. */
  private static long[] stat(long pid) throws IOException {
    String stat =
        Files.readString(Path.of("/proc", Long.toString(pid), "stat"), StandardCharsets.US_ASCII);
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return new long[] {Long.parseLong(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3])};
  }

  /**
   * Runs {@code onStop} when SIGTSTP is sent from outside ({@code kill -TSTP}), instead of the JVM
   * stopping with the terminal still in the reader's modes. Through reflection: the class is not
   * part of the JDK's API, and javac would warn on every build.
   */
  static void onStopSignal(Runnable onStop) {
    try {
      Class<?> signal = Class.forName("sun.misc.Signal");
      Class<?> handler = Class.forName("sun.misc.SignalHandler");
      Object tstp = signal.getConstructor(String.class).newInstance("TSTP");
      Object run =
          Proxy.newProxyInstance(
              handler.getClassLoader(),
              new Class<?>[] {handler},
              (proxy, method, args) -> {
                if (method.getName().equals("handle")) {
                  onStop.run();
                }
                return null;
              });
      signal.getMethod("handle", signal, handler).invoke(null, tstp, run);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      // No handler: SIGTSTP from outside stops the JVM as it would any program.
    }
  }
}
