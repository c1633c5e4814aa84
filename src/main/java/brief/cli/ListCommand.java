package brief.cli;

import brief.core.Briefing;
import brief.core.ThemeFilter;
import brief.render.Documents;
import brief.render.Fields;
import java.util.List;
import picocli.CommandLine.Model.OptionSpec;

final class ListCommand extends LookupCommand {
  private final SelectionOptions selection = new SelectionOptions(spec, true);

  private final OptionSpec longForm =
      option(
          OptionSpec.builder("--long", "-l")
              .description("One field per line: id, date, title, themes."));

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
        "  BRIEF_LIBRARY=~/briefings brief list",
        "  brief list --since 2025-01 --format tsv | cut -f1,3",
        "  brief list | wc -l                  (one line a briefing)");
  }

  @Override
  public Integer call() {
    List<Briefing> all = selection.choose(briefings(), List.of(), selection.filter());
    ThemeFilter filter = filter(all);
    List<Briefing> shown =
        all.stream()
            .filter(
                b ->
                    !filter.isActive()
                        || b.themes().stream().anyMatch(t -> filter.themeIds().contains(t.id())))
            .toList();
    if (shown.isEmpty() && filter.isActive()) {
      err().println("brief: no briefing carries the theme " + filter.describe());
      if (json()) {
        printJson(w -> w.list(shown));
      }
      return ExitCodes.INVALID;
    }
    if (records()) {
      return printRecords(shown.stream().map(Fields::listed).toList());
    }
    return json()
        ? printJson(w -> w.list(shown))
        : print(
            Documents.list(shown, briefings().library().duplicates().keySet(), isSet(longForm)));
  }
}
