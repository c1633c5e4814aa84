package brief.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** Runs the command line in-process from tests outside this package. */
public final class CliProbe {
  private CliProbe() {}

  public record Result(int code, String out, String err) {}

  public static Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            args,
            new PrintWriter(out),
            new PrintWriter(err),
            java.io.InputStream.nullInputStream(),
            Env.pipe(Map.of("LANG", "en_US.UTF-8")));
    return new Result(code, out.toString(), err.toString());
  }

  /** The commands people type, in the order of --help. */
  public static java.util.List<String> visibleCommands() {
    return Commands.VISIBLE;
  }

  /** A command's --help, as printed in a pipe. */
  public static String help(String command) {
    return run(command, "--help").out();
  }
}
