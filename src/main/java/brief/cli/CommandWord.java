package brief.cli;

import brief.core.Similarity;
import brief.render.Sanitizer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a command line asks for: a command by its name, or the reader, since {@code brief [OPTIONS]
 * [BRIEFING]} is {@code brief read [OPTIONS] [BRIEFING]} ({@code brief --ascii}, {@code brief
 * briefing.yaml}, {@code brief ID}). A first word that is neither a command, nor a file, nor a
 * briefing of the library is an unknown command, whatever options follow.
 */
final class CommandWord {
  private CommandWord() {}

  static String[] route(String[] args, Context context) {
    int at = 0;
    while (at < args.length && args[at].equals("--debug")) {
      at++;
    }
    if (at == args.length) {
      return args;
    }
    args = commandFirst(args, at);
    String first = args[at];
    if (Commands.of(first) != null || List.of("-h", "--help", "-V", "--version").contains(first)) {
      return args;
    }
    if (first.startsWith("-") || isFile(first) || isBriefing(first, args, context)) {
      List<String> routed = new ArrayList<>(Arrays.asList(args));
      routed.add(at, "read");
      return routed.toArray(String[]::new);
    }
    String hint =
        Similarity.nearest(first, Commands.VISIBLE)
            .map(c -> "; did you mean '" + c + "'?")
            .orElse("");
    throw CliException.usage(
        "unknown command '"
            + Sanitizer.line(first)
            + "' (commands: "
            + String.join(", ", Commands.VISIBLE)
            + ")"
            + hint);
  }

  /**
   * The options that take a value, of any command: what tells {@code brief --library DIR list}'s
   * DIR from a command word. The launcher reads the same list (bin/brief), and a test keeps both
   * equal to the commands' own models.
   */
  static final List<String> VALUED_OPTIONS =
      List.of(
          "--library",
          "--theme",
          "--format",
          "--width",
          "--color",
          "--text-width",
          "--speaker",
          "--max-points",
          "--auth-attempts",
          "--auth-timeout",
          "--authorized-keys",
          "--bind",
          "--host-key",
          "--id",
          "--idle-timeout",
          "--max-connections-per-minute",
          "--max-sessions",
          "--max-sessions-per-address",
          "--max-startups",
          "--output",
          "--port",
          "--prefix",
          "--since",
          "--until",
          "--tag",
          "--region",
          "--classification");

  /**
   * The arguments with the command word first, when options come before it ({@code brief --library
   * DIR list}, as git and kubectl take them); else as they are.
   */
  private static String[] commandFirst(String[] args, int at) {
    int i = at;
    while (i < args.length && args[i].startsWith("-") && !args[i].equals("-")) {
      if (args[i].equals("--")) {
        return args;
      }
      i += VALUED_OPTIONS.contains(args[i]) ? 2 : 1;
    }
    if (i == at || i >= args.length || Commands.of(args[i]) == null) {
      return args;
    }
    List<String> moved = new ArrayList<>(Arrays.asList(args));
    moved.add(at, moved.remove(i));
    return moved.toArray(String[]::new);
  }

  private static boolean isFile(String word) {
    return word.contains("/")
        || word.endsWith(".yaml")
        || word.endsWith(".yml")
        || Files.isRegularFile(Path.of(word));
  }

  /** Whether {@code word} is the id of a briefing of the library these arguments name. */
  private static boolean isBriefing(String word, String[] args, Context context) {
    Path folder = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--library") && i + 1 < args.length) {
        folder = Path.of(args[i + 1]);
      } else if (args[i].startsWith("--library=")) {
        folder = Path.of(args[i].substring("--library=".length()));
      }
    }
    // Problems of the library are reported by the command that runs, not twice.
    BriefingResolver briefings =
        new BriefingResolver(context, folder, new PrintWriter(new StringWriter()));
    try {
      return briefings.library().byId(word).isPresent();
    } catch (CliException e) {
      return false;
    }
  }
}
