package brief.tui;

import java.util.List;

/**
 * A row of the sections pane and what it shows: Overview, one section of the briefing, Quotes,
 * Stakeholders, Timeline, Themes or Source. {@code count} is what it holds under the filter (-1:
 * not counted); an entry left empty by a filter is dimmed, never removed.
 */
public record Entry(String title, Kind kind, int count, List<Item> items) {
  public enum Kind {
    OVERVIEW,
    SECTION,
    QUOTES,
    STAKEHOLDERS,
    TIMELINE,
    THEMES,
    SOURCE,
    /** One stakeholder's page, opened from the Stakeholders list. */
    PERSON
  }

  public Entry {
    items = List.copyOf(items);
  }

  public boolean dimmed() {
    return count == 0;
  }
}
