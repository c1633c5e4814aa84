package brief.cli;

import brief.core.Briefing;
import brief.core.ThemeFilter;
import brief.load.ReadState;
import brief.render.Sanitizer;
import brief.terminal.ReadLog;
import brief.terminal.Reader;
import brief.tui.Effect;
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
  private final SelectionOptions selection;
  private final PositionalParamSpec briefings;
  private final Context context;

  ReadCommand(Context context) {
    super(
        "read",
        "Open the interactive reader.",
        "With no BRIEFING and a library of several briefings, starts on the library list.");
    this.context = context;
    themes = new ThemeOptions(spec);
    selection = SelectionOptions.filtersOnly(spec);
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
        "  brief read --since 2025-07 --region 'South Caucasus'",
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
    brief.core.BriefingFilter kept = selection.filter();
    if (!env.interactive()) {
      throw CliException.usage(noTerminal(env));
    }
    if (!env.capableTerminal()) {
      throw CliException.usage(
          "the reader needs a terminal that understands escape codes (TERM is "
              + (env.get("TERM").isEmpty() ? "not set" : "'" + env.get("TERM") + "'")
              + "); try 'brief summary'");
    }
    // The read state is read while the library loads: its 2,000 lines are ~30 ms of a cold JVM.
    java.util.concurrent.FutureTask<ReadState> reading =
        new java.util.concurrent.FutureTask<>(() -> ReadState.open(BriefingResolver.stateDir(env)));
    Thread stateReader = new Thread(reading, "read-state");
    stateReader.setDaemon(true);
    stateReader.start();
    BriefingResolver source =
        new BriefingResolver(context, library.folder(), spec.commandLine().getErr());
    List<String> named = values(briefings);
    List<Briefing> shown = selection.choose(source, named, kept);
    if (shown.isEmpty()) {
      throw CliException.usage("the library holds no briefing");
    }
    List<String> problems = !named.isEmpty() ? List.<String>of() : problems(source.library());
    ThemeFilter filter = BriefingResolver.filter(themes.themes(), shown);
    // Read marks are this user's; a damaged or untrusted state file is one line among problems.
    ReadState state;
    try {
      state = reading.get();
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause()); // ReadState.open reports, never throws
    }
    List<String> all = new java.util.ArrayList<>(problems);
    for (String warning : state.warnings()) {
      all.add("warning: " + warning);
    }
    // A library list is kept up to date while open, as brief serve keeps its library.
    brief.terminal.Relist relist =
        !named.isEmpty() || context.isServed()
            ? brief.terminal.Relist.NEVER
            : relist(source, shown, kept);
    Effect.Ending ending =
        Reader.run(
            shown,
            all,
            named.isEmpty() ? source.library().duplicates() : java.util.Map.of(),
            relist,
            new Reader.Settings(
                isSet(ascii) || !env.utf8(),
                !isSet(noColor) && !env.noColor(),
                filter,
                columns,
                env.terminal().hyperlinks()),
            ReadLog.of(state::readMarks, state::markRead, state::markSeen, state::flush));
    return ending == Effect.Ending.INTERRUPT ? ExitCode.INTERRUPTED.code : ExitCode.OK.code;
  }

  private static List<String> problems(brief.load.Library library) {
    return library.problems().stream()
        .flatMap(p -> p.diagnostics().stream())
        .map(Object::toString)
        .toList();
  }

  /**
   * The library read again (what {@code kept} keeps of it), when it differs from the one shown
   * last; null when it does not.
   */
  private static brief.terminal.Relist relist(
      BriefingResolver source, List<Briefing> first, brief.core.BriefingFilter kept) {
    List<List<Briefing>> last = new java.util.ArrayList<>(List.of(first));
    return () -> {
      brief.load.Library fresh = source.rescan();
      List<Briefing> shown = fresh.briefings().stream().filter(kept::matches).toList();
      if (shown.equals(last.get(0))) {
        return null;
      }
      last.set(0, shown);
      return new brief.tui.Input.LibraryChanged(shown, problems(fresh), fresh.duplicates());
    };
  }
}
