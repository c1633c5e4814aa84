package brief.cli;

import brief.core.Briefing;
import brief.core.BriefingFilter;
import brief.render.Sanitizer;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Which briefings a lookup covers, the same rule for every lookup: the BRIEFINGs named, else with
 * {@code --all} (or for a lookup of the whole library: list, search, timeline) every briefing of
 * the library, else its newest; of these, only those that {@code --since}, {@code --until}, {@code
 * --tag}, {@code --region} and {@code --classification} keep.
 */
final class SelectionOptions {
  /** The rule, as every lookup's help states it. */
  static final String RULE =
      "With no BRIEFING, the newest briefing of the library; with --all, every briefing; list,"
          + " search and timeline always cover every briefing. --since, --until, --tag, --region"
          + " and --classification keep only the briefings they match.";

  private final OptionSpec all;
  private final OptionSpec since;
  private final OptionSpec until;
  private final OptionSpec tag;
  private final OptionSpec region;
  private final OptionSpec classification;
  private final boolean wholeLibrary;

  /** {@code wholeLibrary}: a lookup that always covers the whole library, with no {@code --all}. */
  SelectionOptions(CommandSpec spec, boolean wholeLibrary) {
    this(spec, wholeLibrary, true);
  }

  /** The filters alone, for the reader: it opens on the library, which they narrow. */
  static SelectionOptions filtersOnly(CommandSpec spec) {
    return new SelectionOptions(spec, true, false);
  }

  private SelectionOptions(CommandSpec spec, boolean wholeLibrary, boolean rule) {
    this.wholeLibrary = wholeLibrary;
    if (rule) {
      String[] description = spec.usageMessage().description();
      String[] more = java.util.Arrays.copyOf(description, description.length + 1);
      more[description.length] = RULE;
      spec.usageMessage().description(more);
    }
    all =
        wholeLibrary
            ? null
            : Command.option(
                spec,
                OptionSpec.builder("--all")
                    .description("Every briefing of the library, not only the newest."));
    since =
        date(
            spec,
            "--since",
            "Only briefings dated on or after DATE (YYYY, YYYY-MM or YYYY-MM-DD).");
    until =
        date(
            spec,
            "--until",
            "Only briefings dated on or before DATE (YYYY, YYYY-MM or YYYY-MM-DD).");
    tag = many(spec, "--tag", "TAG", "Only briefings with this tag (repeatable: any of them).");
    region = many(spec, "--region", "REGION", "Only briefings of this region (repeatable).");
    classification =
        many(
            spec,
            "--classification",
            "LEVEL",
            "Only briefings of this classification (repeatable).");
  }

  private static OptionSpec date(CommandSpec spec, String name, String description) {
    return Command.option(
        spec,
        OptionSpec.builder(name).paramLabel("DATE").type(String.class).description(description));
  }

  private static OptionSpec many(CommandSpec spec, String name, String label, String description) {
    return Command.option(
        spec,
        OptionSpec.builder(name)
            .paramLabel(label)
            .type(List.class)
            .auxiliaryTypes(String.class)
            .description(description + " Case-insensitive."));
  }

  /** The filter asked for; a date not of the format's forms is a usage error. */
  BriefingFilter filter() {
    String from = checked(since);
    String to = checked(until);
    return new BriefingFilter(
        from, to, Command.values(tag), Command.values(region), Command.values(classification));
  }

  private static String checked(OptionSpec date) {
    String value = date.getValue();
    if (value == null) {
      return "";
    }
    if (!BriefingFilter.isDate(value)) {
      throw CliException.usage(
          date.longestName()
              + " takes a date as YYYY, YYYY-MM or YYYY-MM-DD, not '"
              + Sanitizer.line(value)
              + "'");
    }
    return value;
  }

  boolean all() {
    return all == null || Command.isSet(all);
  }

  /**
   * The briefings covered: the named ones, else every one or the newest (see {@link #RULE}), kept
   * by {@code filter}. None is exit 1 when a filter left none, exit 2 when the library holds none.
   */
  List<Briefing> choose(BriefingResolver briefings, List<String> named, BriefingFilter filter) {
    List<Briefing> candidates =
        named.isEmpty() ? briefings.library().briefings() : briefings.resolve(named);
    List<Briefing> kept = new ArrayList<>();
    for (Briefing b : candidates) {
      if (filter.matches(b)) {
        kept.add(b);
      }
    }
    if (kept.isEmpty()) {
      if (wholeLibrary && candidates.isEmpty()) {
        return kept;
      }
      if (filter.isActive() && !candidates.isEmpty()) {
        throw new CliException(
            ExitCode.INVALID.code,
            "no briefing of the library matches " + Sanitizer.line(filter.describe()));
      }
      throw new CliException(
          ExitCode.USAGE.code,
          "the library " + Sanitizer.line(briefings.library().origin()) + " holds no briefing");
    }
    return named.isEmpty() && !all() ? List.of(kept.get(0)) : kept;
  }
}
