package brief.core;

/**
 * One thing that matched a search: where it is ({@code briefingId}, {@code place}: the
 * section title or the kind of list), what it is and its text.
 */
public record SearchHit(String briefingId, Kind kind, String place, String text, String detail) {
  public enum Kind {
    POINT, QUOTE, STAKEHOLDER, TIMELINE;

    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
