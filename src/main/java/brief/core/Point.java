package brief.core;

import java.util.List;

/** A key point; {@code paragraphs} are 1-based paragraph numbers in the source text. */
public record Point(String text, List<String> themes, Priority priority, List<Integer> paragraphs) {
  public Point {
    themes = List.copyOf(themes);
    paragraphs = List.copyOf(paragraphs);
  }
}
