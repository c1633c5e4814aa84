package brief.cli;

import brief.core.Briefing;
import brief.terminal.Reader;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "read", description = {"Open the interactive reader.",
    "With no BRIEFING and a library of several briefings, starts on the library list."},
    footerHeading = "%nExamples:%n",
    footer = {"  brief read", "  brief read us-azerbaijan-partnership-2025 --no-color", "  brief read --library ~/briefings --ascii",
        "", "Keys: j/k move, Tab next section, t themes, / search, s summary, ? every key, q quit."})
final class ReadCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin LibraryOptions library;

  @Option(names = "--ascii", description = "Draw with plain ASCII characters.")
  boolean ascii;

  @Option(names = "--no-color", description = "No colour (also NO_COLOR): selection stays visible in reverse video.")
  boolean noColor;

  @Parameters(paramLabel = "BRIEFING", arity = "0..1", completionCandidates = Candidates.BriefingIds.class,
      description = "A briefing id, or a .yaml file (default: the library).")
  List<String> briefings = new ArrayList<>();

  private final Context context;

  ReadCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    Env env = context.env();
    if (!env.interactive()) {
      throw CliException.usage("the reader needs a terminal (standard input and output); for a printout try 'brief summary'");
    }
    if (!env.capableTerminal()) {
      throw CliException.usage("the reader needs a terminal that understands escape codes (TERM is "
          + (env.get("TERM").isEmpty() ? "not set" : "'" + env.get("TERM") + "'") + "); try 'brief summary'");
    }
    Briefings source = new Briefings(context, library, spec.commandLine().getErr());
    List<Briefing> shown = briefings.isEmpty() ? source.library().briefings() : source.resolve(briefings);
    if (shown.isEmpty()) {
      throw CliException.usage("the library holds no briefing");
    }
    Reader.run(shown, new Reader.Settings(ascii || !env.utf8(), !noColor && !env.noColor()));
    return ExitCodes.OK;
  }
}
