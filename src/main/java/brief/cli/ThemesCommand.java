package brief.cli;

import brief.core.Briefing;
import brief.core.ThemeCount;
import brief.render.Documents;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "themes", description = "Print the themes of a briefing with how many points, quotes and stakeholders carry each.",
    footerHeading = "%nExamples:%n", footer = {"  brief themes", "  brief themes us-azerbaijan-partnership-2025 --format json"})
final class ThemesCommand extends LookupCommand {
  @Parameters(paramLabel = "BRIEFING", arity = "0..1", completionCandidates = Candidates.BriefingIds.class, description = "A briefing id, a .yaml file, or - (default: the newest).")
  List<String> names = new ArrayList<>();

  ThemesCommand(Context context) {
    super(context);
  }

  @Override
  public Integer call() {
    Briefing b = briefings().resolve(names).get(0);
    var shownIds = filter(List.of(b)).themeIds();
    List<ThemeCount> counts = ThemeCount.of(b).stream()
        .filter(c -> shownIds.isEmpty() || shownIds.contains(c.theme().id())).toList();
    if (json()) {
      return printJson(w -> {
        w.text("briefing", b.id());
        w.themeCounts(counts);
      });
    }
    return print(Documents.themes(b, counts));
  }
}
