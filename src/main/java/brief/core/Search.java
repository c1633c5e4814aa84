package brief.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds every field of every briefing that matches a query: the title and bottom line, section
 * titles and summaries, points, quotes (text, context, speaker), stakeholders (name, role,
 * position, interests, aliases), timeline entries and theme labels. A query that names a
 * stakeholder also finds that stakeholder's other names ({@link Aliases}).
 */
public final class Search {
  private Search() {}

  /** One field of a searched thing: its name and text. */
  private record Field(String name, String text) {}

  /** The hits in library order; briefings are searched in parallel. */
  public static List<SearchHit> run(List<Briefing> briefings, Query query, ThemeFilter filter) {
    if (query.isEmpty()) {
      return List.of();
    }
    List<Aliases.Widening> widenings = Aliases.widenings(briefings, query);
    List<SearchHit> hits = new ArrayList<>();
    Parallel.map(briefings, b -> new Searcher(b, query, widenings).run(filter))
        .forEach(hits::addAll);
    return List.copyOf(hits);
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
      BriefingView b = filter.view(original);
      // Under a theme filter only what carries the theme is searched: not the briefing's own lines.
      if (!filter.isActive()) {
        find(SearchHit.Kind.BRIEFING, "Overview", "", "", List.of(new Field("title", b.title())));
        find(
            SearchHit.Kind.BRIEFING,
            "Overview",
            "",
            "",
            List.of(new Field("bottom line", original.summary())));
        for (String tag : original.tags()) {
          find(SearchHit.Kind.BRIEFING, "Overview", "", "", List.of(new Field("tag", tag)));
        }
      }
      for (Section s : b.sections()) {
        if (!filter.isActive()) {
          find(
              SearchHit.Kind.SECTION,
              s.title(),
              "",
              "",
              List.of(new Field("section title", s.title())));
          find(
              SearchHit.Kind.SECTION,
              s.title(),
              "",
              "",
              List.of(new Field("section summary", s.summary())));
        }
        for (Point p : s.points()) {
          find(SearchHit.Kind.POINT, s.title(), "", "", List.of(new Field("text", p.text())));
        }
      }
      for (Quote q : b.quotes()) {
        List<Field> fields =
            new ArrayList<>(
                List.of(new Field("text", q.text()), new Field("context", q.context())));
        String speaker = b.speakerName(q.speaker());
        fields.add(new Field("speaker", speaker));
        b.stakeholder(q.speaker())
            .ifPresent(st -> st.aliases().forEach(a -> fields.add(new Field("speaker alias", a))));
        find(SearchHit.Kind.QUOTE, "Quotes", speaker, q.text(), fields);
      }
      for (Stakeholder st : b.stakeholders()) {
        List<Field> fields =
            new ArrayList<>(
                List.of(
                    new Field("name", st.name()),
                    new Field("role", st.role()),
                    new Field("position", st.position())));
        st.interests().forEach(i -> fields.add(new Field("interest", i)));
        st.aliases().forEach(a -> fields.add(new Field("alias", a)));
        find(SearchHit.Kind.STAKEHOLDER, "Stakeholders", st.name(), st.role(), fields);
      }
      for (TimelineEntry t : b.timeline()) {
        find(
            SearchHit.Kind.TIMELINE,
            "Timeline",
            t.date(),
            t.event(),
            List.of(new Field("event", t.event()), new Field("date", t.date())));
      }
      if (!filter.isActive()) {
        for (Theme t : original.themes()) {
          find(SearchHit.Kind.THEME, "Themes", t.id(), "", List.of(new Field("label", t.label())));
        }
      }
      return hits;
    }

    /**
     * Adds a hit when the query matches the fields (every term in one of them): the field with the
     * most matches is named. Otherwise, the first field that holds another name of a stakeholder
     * the query named. {@code owner} is what the fields belong to, {@code ownerText} what is said
     * instead when the owner's own field matched.
     */
    private void find(
        SearchHit.Kind kind, String place, String owner, String ownerText, List<Field> fields) {
      List<String> texts = new ArrayList<>(fields.size());
      fields.forEach(f -> texts.add(f.text()));
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
          hits.add(hit(kind, place, owner, ownerText, best, via(best, owner), query));
        }
        return;
      }
      for (Aliases.Widening w : widenings) {
        for (Field f : fields) {
          if (w.name().matchesAny(List.of(f.text()))) {
            hits.add(hit(kind, place, owner, ownerText, f, w.via(), w.name()));
            return;
          }
        }
      }
    }

    private SearchHit hit(
        SearchHit.Kind kind,
        String place,
        String owner,
        String ownerText,
        Field f,
        String via,
        Query matched) {
      // The detail is what the field belongs to; for the owner's own field, what else it is.
      boolean own =
          f.name().equals("name")
              || f.name().equals("speaker")
              || f.name().equals("speaker alias")
              || f.name().equals("date")
              || f.name().equals("alias");
      String detail = own ? ownerText : owner;
      return new SearchHit(original.id(), kind, place, f.name(), f.text(), detail, via, matched);
    }

    private static String via(Field f, String owner) {
      return f.name().endsWith("alias") ? f.text() + " — an alias of " + owner : "";
    }
  }
}
