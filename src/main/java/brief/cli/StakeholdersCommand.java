package brief.cli;

import brief.core.Briefing;
import brief.render.Documents;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "stakeholders", description = "Print the stakeholders of a briefing with role, position and interests.",
    footerHeading = "%nExamples:%n",
    footer = {"  brief stakeholders", "  brief stakeholders us-azerbaijan-partnership-2025 --theme energy --format json"})
final class StakeholdersCommand extends LookupCommand {
  @Parameters(paramLabel = "BRIEFING", arity = "0..1", completionCandidates = Candidates.BriefingIds.class, description = "A briefing id, a .yaml file, or - (default: the newest).")
  List<String> names = new ArrayList<>();

  StakeholdersCommand(Context context) {
    super(context);
  }

  @Override
  public Integer call() {
    Briefing original = briefings().resolve(names).get(0);
    Briefing b = filter(List.of(original)).apply(original);
    if (json()) {
      return printJson(w -> {
        w.text("briefing", b.id());
        w.generator().writeArrayFieldStart("stakeholders");
        for (var s : b.stakeholders()) {
          w.stakeholder(s);
        }
        w.generator().writeEndArray();
      });
    }
    return print(Documents.stakeholders(b));
  }
}
