package brief.cli;

import brief.core.Briefing;
import brief.core.Query;
import brief.core.Search;
import brief.core.SearchHit;
import brief.render.Documents;
import brief.render.Sanitizer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Model.PositionalParamSpec;

final class SearchCommand extends LookupCommand {
  private final PositionalParamSpec words = positional(PositionalParamSpec.builder().paramLabel("QUERY").arity("1..*").required(true)
      .type(List.class).auxiliaryTypes(String.class).description("Words to find (all of them), or \"a phrase\"."));

  SearchCommand(Context context) {
    super(context, "search", "Find every point, quote, stakeholder and timeline entry of the library that matches.",
        "Case-, accent- and locale-insensitive; every word must match; a quoted phrase matches as a phrase.");
    examples("  brief search energy", "  brief search '\"good news\"' --format json", "  brief search susa --library ~/briefings");
  }

  @Override
  public Integer call() {
    Query query = Query.parse(String.join(" ", values(words)));
    if (query.isEmpty()) {
      throw CliException.usage("the query is empty");
    }
    List<Briefing> all = briefings().library().briefings();
    List<SearchHit> hits = Search.run(all, query, filter(all));
    if (json()) {
      return printJson(w -> w.hits(query, hits));
    }
    if (hits.isEmpty()) {
      err().println("brief: no match for " + Sanitizer.line(query.raw()));
      return ExitCodes.OK;
    }
    Map<String, String> titles = new LinkedHashMap<>();
    all.forEach(b -> titles.put(b.id(), b.title()));
    return print(Documents.search(hits, titles, query));
  }
}
