package brief.core;

import java.util.List;

/** A theme and how many points, quotes and stakeholders of a briefing carry it. */
public record ThemeCount(Theme theme, long points, long quotes, long stakeholders) {
  public static List<ThemeCount> of(Briefing b) {
    return of(BriefingView.of(b));
  }

  /** The counts of what the view shows. */
  public static List<ThemeCount> of(BriefingView b) {
    return b.whole().themes().stream()
        .map(
            t ->
                new ThemeCount(
                    t,
                    b.sections().stream()
                        .flatMap(s -> s.points().stream())
                        .filter(p -> p.themes().contains(t.id()))
                        .count(),
                    b.quotes().stream().filter(q -> q.themes().contains(t.id())).count(),
                    b.stakeholders().stream().filter(s -> s.themes().contains(t.id())).count()))
        .toList();
  }
}
