package brief.core;

import brief.core.Searchable.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds every field of every briefing that matches a query, among the fields that {@link
 * Searchable} defines. A query that names a stakeholder also finds that stakeholder's other names
 * ({@link Aliases}).
 */
public final class Search {
  private Search() {}

  /** The hits in library order; briefings are searched in parallel. */
  public static List<SearchHit> run(List<Briefing> briefings, Query query, ThemeFilter filter) {
    if (query.isEmpty()) {
      return List.of();
    }
    List<Aliases.Widening> widenings = Aliases.widenings(briefings, query);
    List<SearchHit> hits = new ArrayList<>();
    for (List<SearchHit> some : Parallel.map(briefings, new InBriefing(query, widenings, filter))) {
      hits.addAll(some);
    }
    return List.copyOf(hits);
  }

  /** A briefing's hits. A class, not a lambda: this is on the start-up path of a search. */
  private static final class InBriefing
      implements java.util.function.Function<Briefing, List<SearchHit>> {
    private final Query query;
    private final List<Aliases.Widening> widenings;
    private final ThemeFilter filter;

    InBriefing(Query query, List<Aliases.Widening> widenings, ThemeFilter filter) {
      this.query = query;
      this.widenings = widenings;
      this.filter = filter;
    }

    @Override
    public List<SearchHit> apply(Briefing b) {
      return new Searcher(b, query, widenings).run(filter);
    }
  }

  /**
   * The hits in one briefing seen through its filter, a query naming a stakeholder widened by the
   * names that {@code library} (and the briefing) know: the reader's search, field for field and
   * hit for hit what {@code brief search} finds in that briefing.
   */
  public static List<SearchHit> in(BriefingView b, Query query, List<Briefing> library) {
    if (query.isEmpty()) {
      return List.of();
    }
    List<Briefing> known = new ArrayList<>(library);
    boolean listed = false;
    for (Briefing other : library) {
      listed |= other == b.whole();
    }
    if (!listed) {
      known.add(b.whole());
    }
    return new Searcher(b.whole(), query, Aliases.widenings(known, query)).run(b.filter());
  }

  /** The search of one briefing. */
  private static final class Searcher {
    private final Briefing original;
    private final Query query;
    private final List<Aliases.Widening> widenings;
    private final List<SearchHit> hits = new ArrayList<>();

    Searcher(Briefing original, Query query, List<Aliases.Widening> widenings) {
      this.original = original;
      this.query = query;
      this.widenings = widenings;
    }

    List<SearchHit> run(ThemeFilter filter) {
      for (Searchable.Thing t : Searchable.of(filter.view(original))) {
        find(t);
      }
      return hits;
    }

    /**
     * Adds a hit when the query matches the fields (every term in one of them): the field with the
     * most matches is named. Otherwise, the first field that holds another name of a stakeholder
     * the query named. {@code owner} is what the fields belong to, {@code ownerText} what is said
     * instead when the owner's own field matched.
     */
    private void find(Searchable.Thing t) {
      List<Field> fields = t.fields();
      List<String> texts = new ArrayList<>(fields.size());
      for (Field f : fields) {
        texts.add(f.text());
      }
      if (query.matchesAny(texts)) {
        Field best = null;
        int most = 0;
        for (Field f : fields) {
          int n = query.spans(f.text()).size();
          if (n > most) {
            best = f;
            most = n;
          }
        }
        if (best != null) {
          hits.add(hit(t, best, via(best, t.owner()), query));
        }
        return;
      }
      for (Aliases.Widening w : widenings) {
        for (Field f : fields) {
          if (w.name().matchesAny(List.of(f.text()))) {
            hits.add(hit(t, f, w.via(), w.name()));
            return;
          }
        }
      }
    }

    private SearchHit hit(Searchable.Thing t, Field f, String via, Query matched) {
      // The detail is what the field belongs to; for the owner's own field, what else it is.
      boolean own =
          f.name().equals("name")
              || f.name().equals("speaker")
              || f.name().equals("speaker alias")
              || f.name().equals("date")
              || f.name().equals("alias");
      String detail = own ? t.ownerText() : t.owner();
      return new SearchHit(
          original.id(),
          t.kind(),
          t.place(),
          t.section(),
          t.index(),
          f.name(),
          f.text(),
          detail,
          via,
          matched);
    }

    private static String via(Field f, String owner) {
      return f.name().endsWith("alias") ? f.text() + " — an alias of " + owner : "";
    }
  }
}
