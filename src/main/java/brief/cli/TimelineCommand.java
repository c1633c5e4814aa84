package brief.cli;

import brief.core.Briefing;
import brief.core.BriefingFilter;
import brief.core.ThemeFilter;
import brief.core.TimelineEntry;
import brief.render.Block;
import brief.render.Fields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import picocli.CommandLine.Model.PositionalParamSpec;

/** The library's timelines as one, in date order, each entry with its briefing. */
final class TimelineCommand extends LookupCommand {
  private final SelectionOptions selection = new SelectionOptions(spec, true);
  private final PositionalParamSpec names;

  /** An entry and the briefing it comes from. */
  private record Dated(Briefing briefing, TimelineEntry entry) {}

  TimelineCommand(Context context) {
    super(
        context,
        OutputOptions.RECORDS,
        "timeline",
        "Print the timelines of the library's briefings merged in date order, each entry with the"
            + " id of its briefing.",
        "Here --since and --until keep the entries dated within them (a month or a year within"
            + " the period counts), whatever the briefing's own date.");
    names =
        positional(
            BriefingResolver.someBriefings(
                context, "Briefing ids or .yaml files (default: the library)."));
    examples(
        "  brief timeline",
        "  brief timeline --region 'South Caucasus' --since 2025-07",
        "  brief timeline --tag opinion --format tsv | cut -f1,2,3",
        "  brief timeline --format ndjson | jq -r .event");
  }

  @Override
  public Integer call() {
    BriefingFilter filter = selection.filter();
    List<Briefing> chosen = selection.choose(briefings(), values(names), filter.undated());
    ThemeFilter themed = filter(chosen);
    List<Dated> entries = new ArrayList<>();
    for (Briefing b : chosen) {
      for (TimelineEntry e : themed.view(b).timeline()) {
        if (filter.inPeriod(e.date())) {
          entries.add(new Dated(b, e));
        }
      }
    }
    // Stable: entries of one date keep their briefing's order, briefings by id.
    entries.sort(
        Comparator.comparing((Dated d) -> d.entry().date()).thenComparing(d -> d.briefing().id()));
    List<Fields> records = new ArrayList<>();
    for (Dated d : entries) {
      records.add(Fields.event(d.entry(), d.briefing().id()));
    }
    int status = ExitCode.OK.code;
    if (entries.isEmpty()) {
      err()
          .println(
              "brief: no timeline entry"
                  + (filter.isActive() || themed.isActive()
                      ? " matches the filters"
                      : " in these briefings"));
      status = ExitCode.INVALID.code;
    }
    if (json()) {
      printJson(w -> w.timeline(records));
    } else if (records()) {
      printRecords(records);
    } else if (!entries.isEmpty()) {
      List<Block> blocks = new ArrayList<>();
      for (Dated d : entries) {
        blocks.add(new Block.Row(List.of(d.entry().date(), d.briefing().id(), d.entry().event())));
      }
      print(blocks);
    }
    return status;
  }
}
