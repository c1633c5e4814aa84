package brief.cli;

import brief.core.Briefing;
import brief.core.ReadMarks;
import brief.core.ThemeFilter;
import brief.load.ReadState;
import brief.render.Documents;
import brief.render.Fields;
import brief.render.Sanitizer;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.OptionSpec;

final class ListCommand extends LookupCommand {
  private final SelectionOptions selection = new SelectionOptions(spec, true);

  private final OptionSpec longForm =
      option(
          OptionSpec.builder("--long", "-l")
              .description("One field per line: id, date, title, themes."));
  private final OptionSpec unread =
      option(
          OptionSpec.builder("--unread")
              .description("Only briefings not yet read, or changed since they were read."));

  ListCommand(Context context) {
    super(
        context,
        OutputOptions.RECORDS,
        "list",
        "List the library: id, date, title and themes, one line each, newest first.");
    examples(
        "  brief list",
        "  brief list --theme energy --format json",
        "  brief list --long | grep -A3 azerbaijan",
        "  brief list --unread",
        "  BRIEF_LIBRARY=~/briefings brief list",
        "  brief list --since 2025-01 --format tsv | cut -f1,3",
        "  brief list | wc -l                  (one line a briefing)");
  }

  @Override
  public Integer call() {
    List<Briefing> all = selection.choose(briefings(), List.of(), selection.filter());
    ThemeFilter filter = filter(all);
    // A loop, not a stream with lambdas: list is on the start-up path (LauncherIT checks it).
    List<Briefing> themed = new java.util.ArrayList<>();
    for (Briefing b : all) {
      boolean carries = !filter.isActive();
      for (int i = 0; i < b.themes().size() && !carries; i++) {
        carries = filter.themeIds().contains(b.themes().get(i).id());
      }
      if (carries) {
        themed.add(b);
      }
    }
    List<Briefing> shown = isSet(unread) ? unreadOnly(themed) : themed;
    if (themed.isEmpty() && filter.isActive()) {
      err().println("brief: no briefing carries the theme " + filter.describe());
      if (json()) {
        printJson(w -> w.list(shown));
      }
      return ExitCode.INVALID.code;
    }
    if (shown.isEmpty() && isSet(unread) && !themed.isEmpty()) {
      // A filter that finds nothing, as grep: a note and exit 1 (cli.md), the output still whole.
      err().println("brief: nothing unread: every briefing listed is read as it is now");
      if (records()) {
        printRecords(List.of());
      } else if (json()) {
        printJson(w -> w.list(shown));
      }
      return ExitCode.INVALID.code;
    }
    if (records()) {
      return printRecords(shown.stream().map(Fields::listed).toList());
    }
    return json()
        ? printJson(w -> w.list(shown))
        : print(
            Documents.list(shown, briefings().library().duplicates().keySet(), isSet(longForm)));
  }

  /** The briefings unread or changed since read, by this user's read marks. */
  private List<Briefing> unreadOnly(List<Briefing> all) {
    if (context.isServed()) {
      // Over brief serve the reader keeps each key's marks; a lookup has no key's state.
      throw CliException.usage("--unread is not offered over SSH: the reader marks what is unread");
    }
    ReadState state = ReadState.open(BriefingResolver.stateDir(context.env()));
    for (String warning : state.warnings()) {
      err().println("brief: warning: " + Sanitizer.line(warning));
    }
    ReadMarks marks = state.readMarks(all).computed();
    List<Briefing> out = new ArrayList<>();
    for (Briefing b : all) {
      if (marks.status(b) != ReadMarks.Status.READ) {
        out.add(b);
      }
    }
    return out;
  }
}
