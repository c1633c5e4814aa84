package brief.core;

import java.util.List;
import java.util.Optional;

/** One briefing, as the format (version 1) describes it. */
public record Briefing(
    String id,
    String title,
    String summary,
    String date,
    String classification,
    String region,
    List<String> tags,
    Source source,
    List<Theme> themes,
    List<Section> sections,
    List<Quote> quotes,
    List<Stakeholder> stakeholders,
    List<TimelineEntry> timeline) {

  public Briefing {
    tags = List.copyOf(tags);
    themes = List.copyOf(themes);
    sections = List.copyOf(sections);
    quotes = List.copyOf(quotes);
    stakeholders = List.copyOf(stakeholders);
    timeline = List.copyOf(timeline);
  }

  /** The same briefing with its source replaced (the loader adds the source text's paragraphs). */
  public Briefing withSource(Source other) {
    return new Briefing(
        id,
        title,
        summary,
        date,
        classification,
        region,
        tags,
        other,
        themes,
        sections,
        quotes,
        stakeholders,
        timeline);
  }

  /** The briefing's date, falling back to the day the source was published; may be empty. */
  public String effectiveDate() {
    if (!date.isEmpty()) {
      return date;
    }
    String published = source.published();
    return published.length() >= 10 ? published.substring(0, 10) : published;
  }

  // Loops, not streams: these run on every lookup's start-up, where each lambda linked costs
  // ~0.15 ms (docs/performance.md).
  public Optional<Stakeholder> stakeholder(String stakeholderId) {
    for (Stakeholder s : stakeholders) {
      if (s.id().equals(stakeholderId)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** The speaker's display name, or the id itself when it names nobody. */
  public String speakerName(String stakeholderId) {
    Optional<Stakeholder> s = stakeholder(stakeholderId);
    return s.isPresent() ? s.get().name() : stakeholderId;
  }

  public Optional<Theme> theme(String themeId) {
    for (Theme t : themes) {
      if (t.id().equals(themeId)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  public int pointCount() {
    int n = 0;
    for (Section s : sections) {
      n += s.points().size();
    }
    return n;
  }
}
