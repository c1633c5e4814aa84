package brief.cli;

import brief.core.Briefing;
import brief.core.BriefingView;
import brief.core.ThemeFilter;
import brief.render.Documents;
import brief.render.Fields;
import java.util.List;
import picocli.CommandLine.Model.PositionalParamSpec;

final class StakeholdersCommand extends LookupCommand {
  private final SelectionOptions selection = new SelectionOptions(spec, false);

  private final PositionalParamSpec names;

  StakeholdersCommand(Context context) {
    super(
        context,
        OutputOptions.RECORDS,
        "stakeholders",
        "Print the stakeholders of a briefing with role, position and interests.");
    names = positional(BriefingResolver.someBriefings(context));
    examples(
        "  brief stakeholders",
        "  brief stakeholders us-azerbaijan-partnership-2025 --theme energy --format json");
  }

  @Override
  public Integer call() {
    List<Briefing> chosen = selection.choose(briefings(), values(names), selection.filter());
    ThemeFilter filter = filter(chosen);
    List<BriefingView> shown = chosen.stream().map(filter::view).toList();
    if (json()) {
      return printJson(w -> w.each(shown, w::stakeholders));
    }
    if (records()) {
      return printRecords(
          shown.stream()
              .flatMap(b -> b.stakeholders().stream().map(s -> Fields.stakeholder(s, b.id())))
              .toList());
    }
    return print(Documents.each(shown, Documents::stakeholders), chosen);
  }
}
