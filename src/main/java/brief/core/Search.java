package brief.core;

import java.util.ArrayList;
import java.util.List;

/** Finds every point, quote, stakeholder and timeline entry that matches a query. */
public final class Search {
  private Search() {}

  /** The hits in library order; briefings are searched in parallel. */
  public static List<SearchHit> run(List<Briefing> briefings, Query query, ThemeFilter filter) {
    if (query.isEmpty()) {
      return List.of();
    }
    List<SearchHit> hits = new ArrayList<>();
    Parallel.map(briefings, b -> run(b, query, filter)).forEach(hits::addAll);
    return List.copyOf(hits);
  }

  private static List<SearchHit> run(Briefing original, Query query, ThemeFilter filter) {
    List<SearchHit> hits = new ArrayList<>();
    {
      Briefing b = filter.apply(original);
      for (Section s : b.sections()) {
        for (Point p : s.points()) {
          if (query.matchesAny(List.of(p.text()))) {
            hits.add(new SearchHit(b.id(), SearchHit.Kind.POINT, s.title(), p.text(), ""));
          }
        }
      }
      for (Quote q : b.quotes()) {
        String speaker = b.speakerName(q.speaker());
        if (query.matchesAny(List.of(q.text(), speaker, q.context()))) {
          hits.add(new SearchHit(b.id(), SearchHit.Kind.QUOTE, "Quotes", q.text(), speaker));
        }
      }
      for (Stakeholder s : b.stakeholders()) {
        List<String> fields = new ArrayList<>(List.of(s.name(), s.role(), s.position()));
        fields.addAll(s.aliases());
        fields.addAll(s.interests());
        if (query.matchesAny(fields)) {
          hits.add(new SearchHit(b.id(), SearchHit.Kind.STAKEHOLDER, "Stakeholders", s.name(), s.role()));
        }
      }
      for (TimelineEntry t : b.timeline()) {
        if (query.matchesAny(List.of(t.date() + " " + t.event()))) {
          hits.add(new SearchHit(b.id(), SearchHit.Kind.TIMELINE, "Timeline", t.event(), t.date()));
        }
      }
    }
    return hits;
  }
}
