package brief.core;

import java.util.List;

/** A verbatim quote; {@code speaker} is a stakeholder id. */
public record Quote(
    String id,
    String text,
    String speaker,
    String context,
    List<String> themes,
    List<Integer> paragraphs,
    boolean key) {
  public Quote {
    themes = List.copyOf(themes);
    paragraphs = List.copyOf(paragraphs);
  }
}
