package brief.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Every command of brief, once: its word and its kind. Picocli's subcommands ({@link Main}), the
 * lookup fast path, the command words people are offered (help, completion, "did you mean") and
 * what the launcher starts as a short run all come from here; the launcher's word list (bin/brief)
 * and the commands {@code brief serve} offers ({@link brief.serve.Lookup#COMMANDS}) are checked
 * against it by CommandWordTest. A new command is a constant here, its class and its renderer.
 */
enum Commands {
  READ("read", Kind.READER),
  SUMMARY("summary", Kind.QUICK_LOOKUP),
  LIST("list", Kind.LOOKUP),
  SHOW("show", Kind.QUICK_LOOKUP),
  QUOTES("quotes", Kind.LOOKUP),
  STAKEHOLDERS("stakeholders", Kind.QUICK_LOOKUP),
  THEMES("themes", Kind.QUICK_LOOKUP),
  TIMELINE("timeline", Kind.LOOKUP),
  SEARCH("search", Kind.LOOKUP),
  DIFF("diff", Kind.TOOL),
  MARK("mark", Kind.TOOL),
  VALIDATE("validate", Kind.TOOL),
  DRAFT("draft", Kind.TOOL),
  SERVE("serve", Kind.TOOL),
  COMPLETION("completion", Kind.SHELL),
  /** The launcher's own: it builds the start-up archive by running this once. */
  WARM_UP("warm-up", Kind.HIDDEN),
  /** What a shell's completion runs at every Tab. */
  COMPLETE(CompleteCommand.NAME, Kind.HIDDEN_SHELL);

  enum Kind {
    READER,
    /** A lookup of one briefing, run with its own command's model alone (Main.lookup). */
    QUICK_LOOKUP,
    /** A lookup over the whole library. */
    LOOKUP,
    TOOL,
    /** Writes a shell's completion script. */
    SHELL,
    /** Run by the shell, not by people: in no help, man page or completion. */
    HIDDEN_SHELL,
    HIDDEN
  }

  final String word;
  final Kind kind;

  Commands(String word, Kind kind) {
    this.word = word;
    this.kind = kind;
  }

  /** Every word, in the order help lists them. */
  static final List<String> WORDS = words(true);

  /** The words people type: offered by help, completion and "did you mean". */
  static final List<String> VISIBLE = words(false);

  // Loops, not streams: this runs on every start-up, where a stream pipeline's first use links a
  // dozen lambdas (~1.5 ms).
  private static List<String> words(boolean hidden) {
    List<String> words = new ArrayList<>();
    for (Commands c : values()) {
      if (hidden || !c.hidden()) {
        words.add(c.word);
      }
    }
    return List.copyOf(words);
  }

  /** The command of this word, or null. */
  static Commands of(String word) {
    for (Commands c : values()) {
      if (c.word.equals(word)) {
        return c;
      }
    }
    return null;
  }

  boolean hidden() {
    return kind == Kind.HIDDEN || kind == Kind.HIDDEN_SHELL;
  }

  /**
   * Whether the launcher starts it as a short run (one briefing, or no library at all), with the
   * JIT settings for a short life.
   */
  boolean shortRun() {
    return kind == Kind.QUICK_LOOKUP || kind == Kind.SHELL || kind == Kind.HIDDEN_SHELL;
  }

  /**
   * A new instance of the command's class. Object, not Command: the verifier would otherwise load
   * every class named here to check that each is one, and start-up loads only the one it runs.
   */
  Object create(Context context) {
    return switch (this) {
      case READ -> new ReadCommand(context);
      case SUMMARY -> new SummaryCommand(context);
      case LIST -> new ListCommand(context);
      case SHOW -> new ShowCommand(context);
      case QUOTES -> new QuotesCommand(context);
      case STAKEHOLDERS -> new StakeholdersCommand(context);
      case THEMES -> new ThemesCommand(context);
      case TIMELINE -> new TimelineCommand(context);
      case SEARCH -> new SearchCommand(context);
      case DIFF -> new DiffCommand(context);
      case MARK -> new MarkCommand(context);
      case VALIDATE -> new ValidateCommand(context);
      case DRAFT -> new DraftCommand(context);
      case SERVE -> new ServeCommand(context);
      case COMPLETION -> new CompletionCommand();
      case WARM_UP -> new WarmUpCommand(context);
      case COMPLETE -> new CompleteCommand(context);
    };
  }
}
