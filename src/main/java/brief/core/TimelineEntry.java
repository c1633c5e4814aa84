package brief.core;

import java.util.List;

/**
 * One dated event; {@code date} is {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}; {@code
 * paragraphs} cite where the source gives the date, {@code ref} an outside source.
 */
public record TimelineEntry(
    String date, String event, List<String> themes, List<Integer> paragraphs, String ref) {
  public TimelineEntry {
    themes = List.copyOf(themes);
    paragraphs = List.copyOf(paragraphs);
  }
}
