package brief.cli;

import brief.core.Briefing;
import brief.render.Documents;
import java.util.List;
import picocli.CommandLine.Model.PositionalParamSpec;

final class StakeholdersCommand extends LookupCommand {
  private final PositionalParamSpec names;

  StakeholdersCommand(Context context) {
    super(context, "stakeholders", "Print the stakeholders of a briefing with role, position and interests.");
    names = positional(Briefings.oneBriefing(context));
    examples("  brief stakeholders", "  brief stakeholders us-azerbaijan-partnership-2025 --theme energy --format json");
  }

  @Override
  public Integer call() {
    Briefing original = briefings().resolve(values(names)).get(0);
    Briefing b = filter(List.of(original)).apply(original);
    if (json()) {
      return printJson(w -> w.stakeholders(b));
    }
    return print(Documents.stakeholders(b));
  }
}
