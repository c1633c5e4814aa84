package brief.cli;

import brief.core.Briefing;
import brief.core.BriefingView;
import brief.core.ThemeFilter;
import brief.render.Documents;
import java.util.List;
import picocli.CommandLine.Model.PositionalParamSpec;

final class StakeholdersCommand extends LookupCommand {
  private final PositionalParamSpec names;

  StakeholdersCommand(Context context) {
    super(
        context,
        "stakeholders",
        "Print the stakeholders of a briefing with role, position and interests.");
    names = positional(Briefings.someBriefings(context));
    examples(
        "  brief stakeholders",
        "  brief stakeholders us-azerbaijan-partnership-2025 --theme energy --format json");
  }

  @Override
  public Integer call() {
    List<Briefing> chosen = briefings().resolve(values(names));
    ThemeFilter filter = filter(chosen);
    List<BriefingView> shown = chosen.stream().map(filter::view).toList();
    if (json()) {
      return printJson(w -> w.each(shown, w::stakeholders));
    }
    return print(Documents.each(shown, Documents::stakeholders), chosen);
  }
}
