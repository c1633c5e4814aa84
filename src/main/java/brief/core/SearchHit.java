package brief.core;

import java.util.List;

/**
 * One thing that matched a search: where it is ({@code briefingId}, {@code place}: the section
 * title or the kind of list; {@code section} and {@code index}: its position among the searched
 * view's sections and in its list, -1 where there is none), what it is ({@code kind}), which of its
 * fields matched ({@code field}) and that field's {@code text}; {@code detail} says what the field
 * belongs to (the speaker of a quote, the stakeholder of a position, the date of an event). {@code
 * via} is empty for a direct match, else why an alias led here ("Aliyev — an alias of Ilham
 * Aliyev"). {@code matched} is the query whose matches in {@code text} are shown: the one typed, or
 * the other name of a stakeholder it named.
 */
public record SearchHit(
    String briefingId,
    Kind kind,
    String place,
    int section,
    int index,
    String field,
    String text,
    String detail,
    String via,
    Query matched) {
  public enum Kind {
    BRIEFING,
    SECTION,
    POINT,
    QUOTE,
    STAKEHOLDER,
    TIMELINE,
    THEME;

    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** The [start, end) char ranges of {@code text} that matched; never empty. */
  public List<int[]> spans() {
    return matched.spans(text);
  }
}
