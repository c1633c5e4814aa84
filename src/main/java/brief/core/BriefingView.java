package brief.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A briefing seen through a theme filter: its points, quotes, stakeholders and timeline are
 * filtered when asked for, while names and references (a quote's speaker, a stakeholder's
 * affiliation, a point's paraphrased speaker) resolve against the whole briefing. A filter that
 * leaves a speaker's own entry out therefore still shows their name, never their id.
 */
public record BriefingView(Briefing whole, ThemeFilter filter) {

  /** The whole briefing, unfiltered. */
  public static BriefingView of(Briefing b) {
    return new BriefingView(b, ThemeFilter.NONE);
  }

  public String id() {
    return whole.id();
  }

  public String title() {
    return whole.title();
  }

  /** Every section, even one the filter leaves empty (a reader keeps their bearings). */
  public List<Section> sections() {
    if (!filter.isActive()) {
      return whole.sections();
    }
    List<Section> kept = new ArrayList<>(whole.sections().size());
    for (Section s : whole.sections()) {
      List<Point> points = new ArrayList<>();
      for (Point p : s.points()) {
        if (filter.accepts(p.themes())) {
          points.add(p);
        }
      }
      kept.add(new Section(s.id(), s.title(), s.summary(), points));
    }
    return List.copyOf(kept);
  }

  public List<Quote> quotes() {
    if (!filter.isActive()) {
      return whole.quotes();
    }
    List<Quote> kept = new ArrayList<>();
    for (Quote q : whole.quotes()) {
      if (filter.accepts(q.themes())) {
        kept.add(q);
      }
    }
    return List.copyOf(kept);
  }

  public List<Stakeholder> stakeholders() {
    if (!filter.isActive()) {
      return whole.stakeholders();
    }
    List<Stakeholder> kept = new ArrayList<>();
    for (Stakeholder s : whole.stakeholders()) {
      if (filter.accepts(s.themes())) {
        kept.add(s);
      }
    }
    return List.copyOf(kept);
  }

  public List<TimelineEntry> timeline() {
    if (!filter.isActive()) {
      return whole.timeline();
    }
    List<TimelineEntry> kept = new ArrayList<>();
    for (TimelineEntry t : whole.timeline()) {
      if (filter.accepts(t.themes())) {
        kept.add(t);
      }
    }
    return List.copyOf(kept);
  }

  /** Any stakeholder of the whole briefing, whether or not the filter shows them. */
  public Optional<Stakeholder> stakeholder(String stakeholderId) {
    return whole.stakeholder(stakeholderId);
  }

  /** A name from the whole briefing, or the id itself when it names nobody. */
  public String speakerName(String stakeholderId) {
    return whole.speakerName(stakeholderId);
  }

  /** How many points the filter shows. */
  public int pointCount() {
    int n = 0;
    for (Section s : sections()) {
      n += s.points().size();
    }
    return n;
  }
}
