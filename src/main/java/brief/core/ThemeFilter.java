package brief.core;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps what carries any of the chosen themes; with no theme chosen, keeps everything. Sections
 * survive filtering even when left empty, so a reader keeps their bearings.
 */
public record ThemeFilter(Set<String> themeIds) {
  public static final ThemeFilter NONE = new ThemeFilter(Set.of());

  public ThemeFilter {
    themeIds = java.util.Collections.unmodifiableSet(new TreeSet<>(themeIds));
  }

  public static ThemeFilter of(Collection<String> ids) {
    return new ThemeFilter(new TreeSet<>(ids));
  }

  public boolean isActive() {
    return !themeIds.isEmpty();
  }

  public boolean accepts(List<String> themes) {
    return !isActive() || themes.stream().anyMatch(themeIds::contains);
  }

  public ThemeFilter toggle(String themeId) {
    Set<String> next = new TreeSet<>(themeIds);
    if (!next.remove(themeId)) {
      next.add(themeId);
    }
    return new ThemeFilter(next);
  }

  public Briefing apply(Briefing b) {
    if (!isActive()) {
      return b;
    }
    return b.withContent(
        b.sections().stream()
            .map(
                s ->
                    new Section(
                        s.id(),
                        s.title(),
                        s.summary(),
                        s.points().stream().filter(p -> accepts(p.themes())).toList()))
            .toList(),
        b.quotes().stream().filter(q -> accepts(q.themes())).toList(),
        b.stakeholders().stream().filter(s -> accepts(s.themes())).toList(),
        b.timeline().stream().filter(t -> accepts(t.themes())).toList());
  }

  /** A short label for headers: the ids joined, or {@code none}. */
  public String describe() {
    return isActive() ? String.join(", ", themeIds) : "none";
  }
}
