package brief.cli;

import brief.core.Briefing;
import brief.load.ReadState;
import brief.render.Sanitizer;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.PositionalParamSpec;

/** {@code brief mark read|unread ID…}: the reader's read marks, for scripts. */
final class MarkCommand extends Command {
  private final LibraryOptions library = new LibraryOptions(spec);
  private final PositionalParamSpec how =
      positional(
          PositionalParamSpec.builder()
              .index("0")
              .paramLabel("read|unread")
              .arity("1")
              .required(true)
              .type(String.class)
              .completionCandidates(List.of("read", "unread"))
              .description("Mark as read (as the version in the library now) or as unread."));
  private final PositionalParamSpec ids =
      positional(
          PositionalParamSpec.builder()
              .index("1..*")
              .paramLabel("BRIEFING")
              .arity("1..*")
              .required(true)
              .type(List.class)
              .auxiliaryTypes(String.class)
              .completionCandidates(Candidates.BRIEFINGS)
              .description("Briefing ids (or .yaml files)."));
  private final Context context;

  MarkCommand(Context context) {
    super(
        "mark",
        "Mark briefings read or unread, as opening them in the reader does.",
        "Read marks are kept in $XDG_STATE_HOME/brief (default ~/.local/state/brief), with a copy"
            + " of each briefing as read, for brief diff ID.");
    this.context = context;
    examples(
        "  brief mark read us-azerbaijan-partnership-2025",
        "  brief list --unread | cut -d' ' -f1 | xargs brief mark read");
  }

  @Override
  public Integer call() {
    String word = how.getValue();
    if (!word.equals("read") && !word.equals("unread")) {
      throw CliException.usage(
          "brief mark takes read or unread, not '" + Sanitizer.line(word) + "'");
    }
    BriefingResolver briefings =
        new BriefingResolver(context, library.folder(), spec.commandLine().getErr());
    List<Briefing> named = new ArrayList<>();
    for (String id : Command.<String>values(ids)) {
      named.add(briefings.resolve(id));
    }
    java.nio.file.Path dir = BriefingResolver.stateDir(context.env());
    if (dir == null) {
      throw new CliException(
          ExitCode.IO.code, "no place for read marks: set HOME or XDG_STATE_HOME");
    }
    ReadState state = ReadState.open(dir);
    for (String warning : state.warnings()) {
      spec.commandLine().getErr().println("brief: warning: " + Sanitizer.line(warning));
    }
    boolean saved = true;
    if (word.equals("read")) {
      saved = state.markRead(named);
    } else {
      for (Briefing b : named) {
        saved &= state.markUnread(b.id());
      }
    }
    if (!saved) {
      throw new CliException(
          ExitCode.IO.code,
          "the read marks could not be saved in " + Sanitizer.line(dir.toString()));
    }
    spec.commandLine().getErr().flush();
    return ExitCode.OK.code;
  }
}
