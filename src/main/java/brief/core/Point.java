package brief.core;

import java.util.List;

/**
 * A key point; {@code paragraphs} are 1-based paragraph numbers in the source text. {@code basis}
 * says whose claim it is, {@code speaker} (a stakeholder id) whose words a {@link Basis#SPEAKER}
 * point paraphrases, and {@code ref} cites an outside source. {@code id} (may be empty) is the
 * writer's name for the point, kept across revisions so that a changed point is matched to its
 * earlier version.
 */
public record Point(
    String text,
    List<String> themes,
    Priority priority,
    List<Integer> paragraphs,
    Basis basis,
    String speaker,
    String ref,
    String id) {
  public Point {
    themes = List.copyOf(themes);
    paragraphs = List.copyOf(paragraphs);
  }

  /** A point without an id. */
  public Point(
      String text,
      List<String> themes,
      Priority priority,
      List<Integer> paragraphs,
      Basis basis,
      String speaker,
      String ref) {
    this(text, themes, priority, paragraphs, basis, speaker, ref, "");
  }
}
