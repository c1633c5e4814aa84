package brief.core;

import java.util.ArrayList;
import java.util.List;

/**
 * What the condensed summary shows: the bottom line, the high-priority points (every point when the
 * briefing has fewer than five, or when a theme filter leaves fewer than five high-priority ones),
 * the key quotes and the stakeholders, under a theme filter and a cap on points.
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
    // Under a theme filter "few" counts the view, not the briefing: a theme that few high-priority
    // points carry shows all of its points, not one of nine.
    boolean few =
        b.whole().pointCount() < FEW_POINTS
            || b.filter().isActive() && highPoints(b.sections()) < FEW_POINTS;
    // High-priority points first when the cap bites; shown in the briefing's order.
    int room = Math.max(0, maxPoints - Math.min(maxPoints, highPoints(b.sections())));
    List<SectionPoint> points = new ArrayList<>();
    int high = 0;
    for (Section s : b.sections()) {
      for (Point p : s.points()) {
        boolean isHigh = p.priority() == Priority.HIGH;
        if (isHigh && high < maxPoints) {
          high++;
          points.add(new SectionPoint(s.title(), p));
        } else if (!isHigh && few && room > 0) {
          room--;
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

  private static int highPoints(List<Section> sections) {
    int n = 0;
    for (Section s : sections) {
      for (Point p : s.points()) {
        n += p.priority() == Priority.HIGH ? 1 : 0;
      }
    }
    return n;
  }
}
