package brief.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * Output longer than the screen through a pager, as git does it: on a terminal only, never in a
 * pipe or for a client of {@code brief serve}; {@code $BRIEF_PAGER}, else {@code $PAGER}, else
 * {@code less -FRX} (which prints what fits a screen and quits, keeps colour, and leaves the text
 * on the screen); an empty value or {@code cat} means none, and so does {@code --no-pager}.
 */
final class Pager {
  static final String DEFAULT = "less -FRX";

  private Pager() {}

  /** The pager command for this environment, or "" for none. */
  static String command(Env env) {
    String brief = env.vars().get("BRIEF_PAGER");
    String chosen = brief != null ? brief : env.vars().getOrDefault("PAGER", DEFAULT);
    return chosen.strip().equals("cat") ? "" : chosen.strip();
  }

  /** Whether {@code text} goes through the pager here. */
  static boolean wanted(Context context, boolean noPager, String text) {
    Env env = context.env();
    if (noPager || context.isServed() || !env.stdoutTerminal() || command(env).isEmpty()) {
      return false;
    }
    // The launcher says how tall the terminal is; not knowing it, brief does not page.
    int rows = env.lines();
    return rows > 0 && linesOf(text) >= rows;
  }

  private static int linesOf(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  /**
   * Prints {@code text} through the pager; if it cannot be started, on {@code out} as it is (a
   * missing pager never loses the output).
   */
  static void show(Context context, String text, PrintWriter out, PrintWriter err) {
    String command = command(context.env());
    ProcessBuilder pb =
        new ProcessBuilder("/bin/sh", "-c", command)
            .redirectOutput(ProcessBuilder.Redirect.INHERIT)
            .redirectError(ProcessBuilder.Redirect.INHERIT);
    if (!context.env().vars().containsKey("LESS")) {
      pb.environment().put("LESS", "FRX");
    }
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      out.print(text);
      out.flush();
      return;
    }
    try (OutputStream in = p.getOutputStream()) {
      in.write(text.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      // The pager quit before reading it all (q in less): as git, that is no error.
    }
    try {
      int code = p.waitFor();
      if (code == 127) {
        err.println("brief: the pager '" + command + "' was not found; printing without it");
        out.print(text);
        out.flush();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
