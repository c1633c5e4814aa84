package brief.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/** Runs the whole command line in-process, as a script would, and keeps what it printed. */
final class Cli {
  record Result(int code, String out, String err) {}

  /**
   * The default library is a frozen copy of the bundled briefing, so that editing the product's
   * briefing changes no expected output; tests of the bundled library set their own.
   */
  private final Map<String, String> vars =
      new HashMap<>(Map.of("LANG", "en_US.UTF-8", "BRIEF_LIBRARY", "src/test/resources/frozen"));

  private String stdin = "";

  Cli env(String name, String value) {
    vars.put(name, value);
    return this;
  }

  Cli stdin(String text) {
    stdin = text;
    return this;
  }

  Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    InputStream in = new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8));
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), in, Env.pipe(vars));
    return new Result(code, out.toString(), err.toString());
  }

  static Result brief(String... args) {
    return new Cli().run(args);
  }
}
