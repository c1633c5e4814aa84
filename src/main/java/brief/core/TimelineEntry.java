package brief.core;

import java.util.List;

/** One dated event; {@code date} is {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}. */
public record TimelineEntry(String date, String event, List<String> themes) {
  public TimelineEntry {
    themes = List.copyOf(themes);
  }
}
