package brief.cli;

import brief.core.Briefing;
import brief.core.ThemeCount;
import brief.render.Documents;
import java.util.List;
import picocli.CommandLine.Model.PositionalParamSpec;

final class ThemesCommand extends LookupCommand {
  private final SelectionOptions selection = new SelectionOptions(spec, false);

  private final PositionalParamSpec names;

  ThemesCommand(Context context) {
    super(
        context,
        "themes",
        "Print the themes of a briefing with how many points, quotes and stakeholders carry each.");
    names = positional(BriefingResolver.someBriefings(context));
    examples("  brief themes", "  brief themes us-azerbaijan-partnership-2025 --format json");
  }

  @Override
  public Integer call() {
    List<Briefing> chosen = selection.choose(briefings(), values(names), selection.filter());
    var shownIds = filter(chosen).themeIds();
    if (json()) {
      return printJson(w -> w.each(chosen, b -> w.themes(b, counts(b, shownIds))));
    }
    return print(Documents.each(chosen, b -> Documents.themes(b, counts(b, shownIds))));
  }

  private static List<ThemeCount> counts(Briefing b, java.util.Set<String> shownIds) {
    return ThemeCount.of(b).stream()
        .filter(c -> shownIds.isEmpty() || shownIds.contains(c.theme().id()))
        .toList();
  }
}
