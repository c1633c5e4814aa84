package brief.cli;

import brief.core.Similarity;
import brief.render.Sanitizer;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * A usage error in brief's own words, on one line with where to read more: picocli's phrasing
 * ("Unmatched argument at index 0") means nothing to a reader of briefings.
 */
final class UsageMessages {
  private UsageMessages() {}

  static String of(CommandLine.ParameterException ex) {
    String command = ex.getCommandLine().getCommandSpec().qualifiedName();
    return what(ex, command) + " (see '" + command + " --help')";
  }

  private static String what(CommandLine.ParameterException ex, String command) {
    if (ex instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
      String first = Sanitizer.line(u.getUnmatched().get(0));
      if (first.startsWith("-")) {
        List<String> known =
            ex.getCommandLine().getCommandSpec().options().stream()
                .flatMap(o -> List.of(o.names()).stream())
                .toList();
        return "unknown option '"
            + first
            + "' for '"
            + command
            + "'"
            + Similarity.nearest(first, known).map(o -> "; did you mean '" + o + "'?").orElse("");
      }
      return "'" + command + "' takes no argument '" + first + "' here";
    }
    if (ex instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()) {
      ArgSpec missing = m.getMissing().get(0);
      // picocli says "parameter for option" when the option is there and its value is not.
      if (missing instanceof OptionSpec o
          && String.valueOf(ex.getMessage()).contains("parameter for option")) {
        return o.longestName() + " needs a value: " + o.paramLabel();
      }
      String name = missing instanceof OptionSpec o ? o.longestName() : missing.paramLabel();
      return "'" + command + "' needs " + name;
    }
    String message = Sanitizer.line(ex.getMessage());
    // Invalid value for option '--max-points': 'x' is not an int → 'x' is not a number
    return message
        .replace("Invalid value for option", "bad value for")
        .replace("is not an int", "is not a whole number")
        .replaceAll("Invalid value for positional parameter at index \\d+ \\((\\w+)\\)", "bad $1")
        .replaceAll(" \\(case-sensitive\\) but was ", ", not ")
        .replace("Expected parameter for option", "a value is needed for")
        .replace("Missing required", "missing");
  }
}
