package brief.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ScopeType;

/**
 * {@code brief} itself: the options every command takes, and the reader when no command is named.
 */
final class BriefCommand extends Command {
  private final Context context;

  BriefCommand(Context context) {
    super(
        "brief",
        "Read briefings in the terminal: a bottom line, key points, verbatim quotes, "
            + "stakeholders, themes and a timeline.",
        "",
        "With no command on a terminal, opens the reader: on the briefing when the library holds one, else on the library's list.",
        "Options may come before or after the command word (brief --library DIR list).");
    this.context = context;
    // Subcommands take the version (for -V) and these options from here.
    spec.scopeType(ScopeType.INHERIT).versionProvider(new Version());
    spec.usageMessage().footerHeading("%nExit status:%n").footer(footer());
    // Every subcommand added later gets its own copy of these.
    option(
        OptionSpec.builder("--debug")
            .scopeType(ScopeType.INHERIT)
            .description("Show the stack trace of an internal error."));
    option(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .scopeType(ScopeType.INHERIT)
            .description("Show this help message and exit."));
    option(
        OptionSpec.builder("-V", "--version")
            .versionHelp(true)
            .scopeType(ScopeType.INHERIT)
            .description("Print version information and exit."));
  }

  /**
   * The exit codes and the environment, from the lists that the man page also prints. Padded by
   * hand: {@code String.format} here was 2 ms of every run's start-up (the first use of {@code
   * java.util.Formatter}), and this runs whether or not help is asked for.
   */
  private static String[] footer() {
    List<String> lines = new ArrayList<>();
    for (String[] m : ExitCode.meanings()) {
      entry(lines, m[0], 4, m[1]);
    }
    lines.add("");
    lines.add("Environment:");
    for (String[] v : EnvironmentVariables.ALL) {
      entry(lines, v[0], 16, v[1]);
    }
    return lines.toArray(new String[0]);
  }

  /** A name and what it means, wrapped within 80 columns under the meaning's first word. */
  private static void entry(List<String> lines, String name, int width, String meaning) {
    String indent = " ".repeat(width + 3);
    List<String> wrapped = brief.render.Wrap.lines(meaning, 79 - indent.length());
    StringBuilder first = new StringBuilder("  ").append(name);
    for (int i = name.length(); i < width; i++) {
      first.append(' ');
    }
    lines.add(first.append(' ').append(wrapped.get(0)).toString());
    for (String more : wrapped.subList(1, wrapped.size())) {
      lines.add(indent + more);
    }
  }

  @Override
  public Integer call() {
    if (!context.env().interactive()) {
      spec.commandLine()
          .getErr()
          .println(
              context.env().sshWithoutTerminal()
                  ? "brief: " + ReadCommand.SSH_WITHOUT_TERMINAL
                  : "brief: no terminal here; try 'brief summary', or 'brief --help' for every command");
      return ExitCode.USAGE.code;
    }
    CommandLine read = spec.commandLine().getSubcommands().get("read");
    if (read == null) {
      spec.commandLine().addSubcommand("read", new ReadCommand(context).spec);
    }
    return spec.commandLine().execute("read");
  }
}
