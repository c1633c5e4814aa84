package brief.cli;

import brief.core.Briefing;
import brief.core.CondensedSummary;
import brief.core.ThemeFilter;
import brief.render.Block;
import brief.render.Documents;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "summary", description = "Print the condensed summary of one or more briefings.",
    footerHeading = "%nExamples:%n",
    footer = {"  brief summary", "  brief summary us-azerbaijan-partnership-2025 --theme energy",
        "  brief summary briefings/*.yaml --format markdown > report.md"})
final class SummaryCommand extends LookupCommand {
  @Option(names = "--max-points", paramLabel = "N", description = "Show at most N points.")
  Integer maxPoints;

  @Parameters(paramLabel = "BRIEFING", arity = "0..*", completionCandidates = Candidates.BriefingIds.class,
      description = "A briefing id, a .yaml file, or - for standard input (default: the newest).")
  List<String> names = new ArrayList<>();

  SummaryCommand(Context context) {
    super(context);
  }

  @Override
  public Integer call() {
    if (maxPoints != null && maxPoints < 0) {
      throw CliException.usage("--max-points must be 0 or more, not " + maxPoints);
    }
    List<Briefing> chosen = briefings().resolve(names);
    ThemeFilter filter = filter(chosen);
    int cap = maxPoints == null ? Integer.MAX_VALUE : maxPoints;
    List<CondensedSummary> summaries =
        chosen.stream().map(b -> CondensedSummary.of(b, filter, cap)).toList();
    if (json()) {
      return printJson(w -> w.summaries(summaries));
    }
    List<Block> blocks = new ArrayList<>();
    for (CondensedSummary s : summaries) {
      if (!blocks.isEmpty()) {
        blocks.add(new Block.Separator());
      }
      blocks.addAll(Documents.summary(s));
    }
    return print(blocks);
  }
}
