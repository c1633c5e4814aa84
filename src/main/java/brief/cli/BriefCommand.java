package brief.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "brief", mixinStandardHelpOptions = true, scope = picocli.CommandLine.ScopeType.INHERIT,
    versionProvider = Version.class,
    description = {"Read briefings in the terminal: a bottom line, key points, verbatim quotes, "
        + "stakeholders, themes and a timeline.", "",
        "With no command on a terminal, opens the reader on the newest briefing."},
    subcommands = {ReadCommand.class, SummaryCommand.class, ListCommand.class, ShowCommand.class,
        QuotesCommand.class, StakeholdersCommand.class, ThemesCommand.class, SearchCommand.class,
        ValidateCommand.class, CompletionCommand.class},
    footerHeading = "%nExit status:%n",
    footer = {"  0 success, 1 invalid input, 2 usage error, 3 I/O failure.", "",
        "Environment: BRIEF_LIBRARY (the library folder), NO_COLOR (no colour)."})
final class BriefCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--debug", scope = picocli.CommandLine.ScopeType.INHERIT,
      description = "Show the stack trace of an internal error.")
  boolean debug;

  private final Context context;

  BriefCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (!context.env().interactive()) {
      spec.commandLine().getErr().println("brief: no terminal here; try 'brief summary', or 'brief --help' for every command");
      return ExitCodes.USAGE;
    }
    return spec.commandLine().execute("read");
  }
}
