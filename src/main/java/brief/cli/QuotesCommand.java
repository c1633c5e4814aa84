package brief.cli;

import brief.core.Briefing;
import brief.core.Quote;
import brief.core.Speakers;
import brief.core.ThemeFilter;
import brief.render.Documents;
import brief.render.Sanitizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "quotes", description = {"Print quotes with their speakers and context.",
    "With no BRIEFING, every briefing of the library."},
    footerHeading = "%nExamples:%n",
    footer = {"  brief quotes --speaker aliyev", "  brief quotes --speaker \"President Aliyev\" --format json",
        "  brief quotes us-azerbaijan-partnership-2025 --theme peace"})
final class QuotesCommand extends LookupCommand {
  @Option(names = "--speaker", paramLabel = "NAME",
      description = "Only quotes by this speaker: an id, a name or an alias, accent- and case-insensitive.")
  String speaker;

  @Parameters(paramLabel = "BRIEFING", arity = "0..*", completionCandidates = Candidates.BriefingIds.class, description = "Briefing ids or .yaml files (default: the library).")
  List<String> names = new ArrayList<>();

  QuotesCommand(Context context) {
    super(context);
  }

  @Override
  public Integer call() {
    List<Briefing> chosen = names.isEmpty() ? briefings().library().briefings() : briefings().resolve(names);
    ThemeFilter filter = filter(chosen);
    if (speaker != null && chosen.stream().flatMap(b -> b.stakeholders().stream())
        .noneMatch(s -> Speakers.matches(s, speaker))) {
      TreeSet<String> known = new TreeSet<>();
      chosen.forEach(b -> b.quotes().forEach(q -> known.add(b.speakerName(q.speaker()))));
      throw CliException.usage("unknown speaker '" + Sanitizer.line(speaker) + "' (speakers: "
          + Sanitizer.line(String.join(", ", known)) + ")");
    }
    Map<Briefing, List<Quote>> found = new LinkedHashMap<>();
    for (Briefing original : chosen) {
      Briefing b = filter.apply(original);
      found.put(b, speaker == null ? b.quotes() : Speakers.quotesBy(b, speaker));
    }
    if (json()) {
      return printJson(w -> {
        w.generator().writeArrayFieldStart("quotes");
        for (var e : found.entrySet()) {
          for (Quote q : e.getValue()) {
            w.quote(e.getKey(), q, e.getKey().id());
          }
        }
        w.generator().writeEndArray();
      });
    }
    return print(Documents.quotes(found));
  }

}
