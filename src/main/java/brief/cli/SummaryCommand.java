package brief.cli;

import brief.core.Briefing;
import brief.core.CondensedSummary;
import brief.core.ThemeFilter;
import brief.render.Block;
import brief.render.Documents;
import brief.render.JsonWriter;
import brief.render.Options;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "summary", description = "Print the condensed summary of one or more briefings.",
    footerHeading = "%nExamples:%n",
    footer = {"  brief summary", "  brief summary us-azerbaijan-partnership-2025 --theme energy",
        "  brief summary briefings/*.yaml --format markdown > report.md"})
final class SummaryCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin OutputOptions output;
  @Mixin LibraryOptions library;
  @Mixin ThemeOptions themes;

  @Option(names = "--max-points", paramLabel = "N", description = "Show at most N points.")
  Integer maxPoints;

  @Parameters(paramLabel = "BRIEFING", arity = "0..*",
      description = "A briefing id, a .yaml file, or - for standard input (default: the newest).")
  List<String> briefings = new ArrayList<>();

  private final Context context;

  SummaryCommand(Context context) {
    this.context = context;
  }

  @Override
  public Integer call() {
    if (maxPoints != null && maxPoints < 0) {
      throw CliException.usage("--max-points must be 0 or more, not " + maxPoints);
    }
    Options options = output.options(context.env());
    Briefings source = new Briefings(context, library, spec.commandLine().getErr());
    List<Briefing> chosen = source.resolve(briefings);
    ThemeFilter filter = Briefings.filter(themes, chosen);
    int cap = maxPoints == null ? Integer.MAX_VALUE : maxPoints;
    List<CondensedSummary> summaries =
        chosen.stream().map(b -> CondensedSummary.of(b, filter, cap)).toList();
    if (output.format == OutputOptions.Format.json) {
      JsonWriter.summaries(spec.commandLine().getOut(), summaries);
      return ExitCodes.OK;
    }
    List<Block> blocks = new ArrayList<>();
    for (CondensedSummary s : summaries) {
      if (!blocks.isEmpty()) {
        blocks.add(new Block.Separator());
      }
      blocks.addAll(Documents.summary(s));
    }
    Printer.print(spec.commandLine().getOut(), output, options, blocks);
    return ExitCodes.OK;
  }
}
