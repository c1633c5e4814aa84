package brief.cli;

import brief.core.Briefing;
import brief.core.CondensedSummary;
import brief.core.ThemeFilter;
import brief.render.Block;
import brief.render.Documents;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class SummaryCommand extends LookupCommand {
  private final SelectionOptions selection = new SelectionOptions(spec, false);

  private final OptionSpec maxPoints =
      option(
          OptionSpec.builder("--max-points")
              .paramLabel("N")
              .type(Integer.class)
              .description("Show at most N points."));
  private final PositionalParamSpec names;

  SummaryCommand(Context context) {
    super(context, "summary", "Print the condensed summary of one or more briefings.");
    names =
        positional(
            BriefingResolver.someBriefings(
                context,
                "A briefing id, a .yaml file, or - for standard input (default: the newest)."));
    examples(
        "  brief summary",
        "  brief summary us-azerbaijan-partnership-2025 --theme energy",
        "  brief summary briefings/*.yaml --format markdown > report.md");
  }

  @Override
  public Integer call() {
    Integer max = maxPoints.getValue();
    if (max != null && max < 0) {
      throw CliException.usage("--max-points must be 0 or more, not " + max);
    }
    List<Briefing> chosen = selection.choose(briefings(), values(names), selection.filter());
    ThemeFilter filter = filter(chosen);
    int cap = max == null ? Integer.MAX_VALUE : max;
    List<CondensedSummary> summaries = new ArrayList<>();
    for (Briefing b : chosen) {
      summaries.add(CondensedSummary.of(filter.view(b), cap));
    }
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
    return print(blocks, chosen);
  }
}
