package brief.cli;

import brief.core.Briefing;
import brief.core.ThemeFilter;
import brief.render.Sanitizer;
import brief.terminal.Reader;
import brief.tui.Keys;
import brief.tui.Layout;
import java.io.IOException;
import java.util.List;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class ReadCommand extends Command {
  private final LibraryOptions library = new LibraryOptions(spec);
  private final OptionSpec ascii =
      option(OptionSpec.builder("--ascii").description("Draw with plain ASCII characters."));
  private final OptionSpec noColor =
      option(
          OptionSpec.builder("--no-color")
              .description("No colour (also NO_COLOR): selection stays visible in reverse video."));
  private final OptionSpec textWidth =
      option(
          OptionSpec.builder("--text-width")
              .paramLabel("N")
              .type(String.class)
              .description(
                  "The widest the text column grows on a wide screen (default: $BRIEF_TEXT_WIDTH, else "
                      + Layout.DEFAULT_TEXT_WIDTH
                      + ")."));
  private final ThemeOptions themes;
  private final PositionalParamSpec briefings;
  private final Context context;

  ReadCommand(Context context) {
    super(
        "read",
        "Open the interactive reader.",
        "With no BRIEFING and a library of several briefings, starts on the library list.");
    this.context = context;
    themes = new ThemeOptions(spec);
    briefings =
        positional(
            PositionalParamSpec.builder()
                .paramLabel("BRIEFING")
                .arity("0..1")
                .type(List.class)
                .auxiliaryTypes(String.class)
                .completionCandidates(Candidates.BRIEFINGS)
                .description("A briefing id, or a .yaml file (default: the library)."));
    examples(
        "  brief read",
        "  brief read us-azerbaijan-partnership-2025 --no-color",
        "  brief read --library ~/briefings --ascii",
        "  brief briefing.yaml --theme energy  (with no command: brief read)",
        "",
        "Keys: " + keys() + "; ? in the reader lists every key.");
  }

  /** The keys the reader's status line shows, from the reader's own table. */
  private static String keys() {
    return String.join(
        ", ", Keys.hints(Keys.Mode.READING, false).stream().map(h -> h[0] + " " + h[1]).toList());
  }

  /**
   * {@code --text-width}, else {@code BRIEF_TEXT_WIDTH}, else the default; a bad one is refused.
   */
  private int textWidth() {
    String option = textWidth.getValue();
    String variable = context.env().get("BRIEF_TEXT_WIDTH");
    try {
      return Reader.Settings.textWidth(option, variable);
    } catch (IllegalArgumentException e) {
      String name = option != null ? "--text-width" : "BRIEF_TEXT_WIDTH";
      throw CliException.usage(name + " " + Sanitizer.line(e.getMessage()));
    }
  }

  /** Why the reader cannot start without a terminal, and what to do. */
  static String noTerminal(Env env) {
    return env.sshWithoutTerminal()
        ? SSH_WITHOUT_TERMINAL
        : "the reader needs a terminal (standard input and output); for a printout try 'brief summary'";
  }

  static final String SSH_WITHOUT_TERMINAL =
      "no terminal over ssh: connect with 'ssh -t', or try 'brief summary'";

  @Override
  public Integer call() throws IOException, InterruptedException {
    Env env = context.env();
    // Checked first: a bad setting is a usage error wherever brief runs.
    int columns = textWidth();
    if (!env.interactive()) {
      throw CliException.usage(noTerminal(env));
    }
    if (!env.capableTerminal()) {
      throw CliException.usage(
          "the reader needs a terminal that understands escape codes (TERM is "
              + (env.get("TERM").isEmpty() ? "not set" : "'" + env.get("TERM") + "'")
              + "); try 'brief summary'");
    }
    Briefings source = new Briefings(context, library.folder(), spec.commandLine().getErr());
    List<String> named = values(briefings);
    List<Briefing> shown = named.isEmpty() ? source.library().briefings() : source.resolve(named);
    if (shown.isEmpty()) {
      throw CliException.usage("the library holds no briefing");
    }
    List<String> problems =
        !named.isEmpty()
            ? List.<String>of()
            : source.library().problems().stream()
                .flatMap(p -> p.diagnostics().stream())
                .map(Object::toString)
                .toList();
    ThemeFilter filter = Briefings.filter(themes.themes(), shown);
    Reader.run(
        shown,
        problems,
        new Reader.Settings(
            isSet(ascii) || !env.utf8(), !isSet(noColor) && !env.noColor(), filter, columns));
    return ExitCodes.OK;
  }
}
