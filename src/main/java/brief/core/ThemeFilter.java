package brief.core;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Keeps what carries any of the chosen themes; with no theme chosen, keeps everything. It filters a
 * briefing's parts as they are read ({@link BriefingView}), never a copy of the briefing.
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

  /** The briefing seen through this filter: see {@link BriefingView}. */
  public BriefingView view(Briefing b) {
    return new BriefingView(b, this);
  }

  /** A short label for headers: the ids joined, or {@code none}. */
  public String describe() {
    return isActive() ? String.join(", ", themeIds) : "none";
  }
}
