package brief.cli;

import brief.core.Briefing;
import brief.core.ThemeCount;
import brief.render.Documents;
import java.util.List;
import picocli.CommandLine.Model.PositionalParamSpec;

final class ThemesCommand extends LookupCommand {
  private final PositionalParamSpec names;

  ThemesCommand(Context context) {
    super(context, "themes", "Print the themes of a briefing with how many points, quotes and stakeholders carry each.");
    names = positional(Briefings.oneBriefing(context));
    examples("  brief themes", "  brief themes us-azerbaijan-partnership-2025 --format json");
  }

  @Override
  public Integer call() {
    Briefing b = briefings().resolve(values(names)).get(0);
    var shownIds = filter(List.of(b)).themeIds();
    List<ThemeCount> counts = ThemeCount.of(b).stream()
        .filter(c -> shownIds.isEmpty() || shownIds.contains(c.theme().id())).toList();
    if (json()) {
      return printJson(w -> w.themes(b, counts));
    }
    return print(Documents.themes(b, counts));
  }
}
