package brief.cli;

import brief.core.Briefing;
import brief.core.Query;
import brief.core.Search;
import brief.core.SearchHit;
import brief.render.Documents;
import brief.render.Fields;
import brief.render.Sanitizer;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

final class SearchCommand extends LookupCommand {
  private final SelectionOptions selection = new SelectionOptions(spec, true);

  /** What the spelling rules do, as the help says it; {@code SearchHelpTest} checks each claim. */
  static final String SPELLING_PROMISE =
      "Şuşa finds Shusha and Susa, and each finds Şuşa; Susa does not find Shusha";

  private final PositionalParamSpec words =
      positional(
          PositionalParamSpec.builder()
              .paramLabel("QUERY")
              .arity("1..*")
              .required(true)
              .type(List.class)
              .auxiliaryTypes(String.class)
              .description("Words to find (all of them), or \"a phrase\"."));
  private final OptionSpec count =
      option(OptionSpec.builder("--count").description("Print only how many hits there are."));
  private final OptionSpec idsOnly =
      option(
          OptionSpec.builder("--ids-only")
              .description("Print only the ids of the briefings with a hit, one a line."));

  SearchCommand(Context context) {
    super(
        context,
        OutputOptions.RECORDS,
        "search",
        "Find every field of every briefing of the library that matches: title, bottom line, tags, "
            + "sections, points, quotes, stakeholders, timeline, themes (not the article's text).",
        "Case-, accent- and locale-insensitive. A native letter matches its English spellings, "
            + "whichever side has it: "
            + SPELLING_PROMISE
            + ". A query that names a stakeholder also finds its other names. Every word must match; "
            + "a quoted phrase matches as a phrase. Exit 1 when nothing matches: --count then prints 0, "
            + "--format json its document with no hits, the rest nothing.");
    examples(
        "  brief search energy",
        "  brief search Şuşa",
        "  brief search '\"good news\"' --format json",
        "  brief search Aliyev --ids-only",
        "  brief search shusha --count --library ~/briefings",
        "  brief search nowhere-to-be-found --count   (prints 0, exit 1)");
  }

  @Override
  public Integer call() {
    Query query = Query.parse(String.join(" ", values(words)));
    if (query.isEmpty()) {
      throw CliException.usage("the query is empty");
    }
    if (isSet(count) && isSet(idsOnly)) {
      throw CliException.usage("--count and --ids-only do not go together: choose one");
    }
    List<Briefing> all = selection.choose(briefings(), List.of(), selection.filter());
    List<SearchHit> hits = Search.run(all, query, filter(all));
    // As grep: a miss is exit 1, so a script can tell; the answers that have a form for
    // nothing (a count, a JSON document) still print it.
    int status = hits.isEmpty() ? ExitCode.INVALID.code : ExitCode.OK.code;
    if (hits.isEmpty()) {
      err().println("brief: no match for " + Sanitizer.line(query.raw()));
    }
    if (isSet(count)) {
      out().println(hits.size());
      out().flush();
      return status;
    }
    if (json()) {
      printJson(w -> w.hits(query, hits));
      return status;
    }
    if (records()) {
      printRecords(hits.stream().map(Fields::hit).toList());
      return status;
    }
    if (hits.isEmpty()) {
      return status;
    }
    if (isSet(idsOnly)) {
      Set<String> ids = new LinkedHashSet<>();
      hits.forEach(h -> ids.add(h.briefingId()));
      ids.forEach(id -> out().println(Sanitizer.line(id)));
      out().flush();
      return ExitCode.OK.code;
    }
    Map<String, String> titles = new LinkedHashMap<>();
    for (Briefing b : all) {
      titles.put(b.id(), b.title());
    }
    return print(Documents.search(hits, titles), all);
  }
}
