package brief.cli;

import brief.core.Briefing;
import brief.core.BriefingView;
import brief.core.QuotesOf;
import brief.core.Speakers;
import brief.core.ThemeFilter;
import brief.render.Documents;
import brief.render.Fields;
import brief.render.Sanitizer;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class QuotesCommand extends LookupCommand {
  private final SelectionOptions selection = new SelectionOptions(spec, false);

  private final OptionSpec speakerOption =
      option(
          OptionSpec.builder("--speaker")
              .paramLabel("NAME")
              .type(String.class)
              .completionCandidates(Candidates.SPEAKERS)
              .description(
                  "Only quotes by this speaker: an id, a name or an alias, accent- and case-insensitive."));
  private final PositionalParamSpec names;

  QuotesCommand(Context context) {
    super(
        context, OutputOptions.RECORDS, "quotes", "Print quotes with their speakers and context.");
    names =
        positional(
            BriefingResolver.someBriefings(
                context, "Briefing ids or .yaml files (default: the newest)."));
    examples(
        "  brief quotes --all --speaker aliyev",
        "  brief quotes --speaker \"President Aliyev\" --format json",
        "  brief quotes us-azerbaijan-partnership-2025 --theme peace");
  }

  @Override
  public Integer call() {
    String speaker = speakerOption.getValue();
    List<String> named = values(names);
    List<Briefing> chosen = selection.choose(briefings(), named, selection.filter());
    ThemeFilter filter = filter(chosen);
    if (speaker != null
        && chosen.stream()
            .flatMap(b -> b.stakeholders().stream())
            .noneMatch(s -> Speakers.matches(s, speaker))) {
      TreeSet<String> known = new TreeSet<>();
      chosen.forEach(b -> b.quotes().forEach(q -> known.add(b.speakerName(q.speaker()))));
      throw CliException.usage(
          "unknown speaker '"
              + Sanitizer.line(speaker)
              + "' (speakers: "
              + Sanitizer.line(String.join(", ", known))
              + ")"
              + brief.core.Similarity.nearest(speaker, known)
                  .map(n -> "; did you mean '" + Sanitizer.line(n) + "'?")
                  .orElse(""));
    }
    List<QuotesOf> found = new ArrayList<>();
    for (Briefing original : chosen) {
      BriefingView b = filter.view(original);
      found.add(new QuotesOf(b, speaker == null ? b.quotes() : Speakers.quotesBy(b, speaker)));
    }
    if (found.stream().allMatch(q -> q.quotes().isEmpty())
        && (speaker != null || filter.isActive())) {
      // A filter that finds nothing: a script can tell it from a hit, as with grep.
      err()
          .println(
              "brief: no quotes"
                  + (speaker == null ? "" : " by '" + Sanitizer.line(speaker) + "'")
                  + (filter.isActive() ? " under --theme " + filter.describe() : ""));
      if (json()) {
        printJson(w -> w.quotes(found));
      }
      return ExitCode.INVALID.code;
    }
    if (json()) {
      return printJson(w -> w.quotes(found));
    }
    if (records()) {
      List<Fields> records = new ArrayList<>();
      found.forEach(
          q ->
              q.quotes()
                  .forEach(
                      quote ->
                          records.add(
                              Fields.quote(q.briefing().whole(), quote, q.briefing().id()))));
      return printRecords(records);
    }
    return print(Documents.quotes(found), chosen);
  }
}
