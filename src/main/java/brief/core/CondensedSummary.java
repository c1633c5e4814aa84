package brief.core;

import java.util.ArrayList;
import java.util.List;

/**
 * What the condensed summary shows: the bottom line, the high-priority points (every point when the
 * briefing has fewer than five), the key quotes and the stakeholders, under a theme filter and a
 * cap on points.
 */
public record CondensedSummary(
    BriefingView view,
    List<SectionPoint> points,
    List<Quote> keyQuotes,
    List<Stakeholder> stakeholders) {

  /** A point with the title of the section it belongs to. */
  public record SectionPoint(String section, Point point) {}

  /** Below this many points in all, every point is shown, whatever its priority. */
  public static final int FEW_POINTS = 5;

  public static CondensedSummary of(BriefingView b, int maxPoints) {
    boolean few = b.whole().pointCount() < FEW_POINTS;
    List<SectionPoint> points = new ArrayList<>();
    for (Section s : b.sections()) {
      for (Point p : s.points()) {
        if ((few || p.priority() == Priority.HIGH) && points.size() < maxPoints) {
          points.add(new SectionPoint(s.title(), p));
        }
      }
    }
    List<Quote> quotes = new ArrayList<>();
    for (Quote q : b.quotes()) {
      if (q.key()) {
        quotes.add(q);
      }
    }
    return new CondensedSummary(b, points, quotes, b.stakeholders());
  }
}
