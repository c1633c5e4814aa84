package brief.core;

import java.util.List;

/**
 * Which briefings of a library a lookup covers: dated within {@code since}..{@code until} (each
 * {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}, or empty for no bound), carrying one of
 * {@code tags}, of one of {@code regions}, of one of {@code classifications} (case- and
 * accent-insensitive; an empty list is no condition).
 */
public record BriefingFilter(
    String since,
    String until,
    List<String> tags,
    List<String> regions,
    List<String> classifications) {
  public static final BriefingFilter NONE =
      new BriefingFilter("", "", List.of(), List.of(), List.of());

  public BriefingFilter {
    tags = List.copyOf(tags);
    regions = List.copyOf(regions);
    classifications = List.copyOf(classifications);
  }

  /** Whether {@code date} is a date of the format's forms. */
  public static boolean isDate(String date) {
    return date.matches("[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?");
  }

  public boolean isActive() {
    return !equals(NONE);
  }

  public boolean matches(Briefing b) {
    return inPeriod(b.effectiveDate())
        && any(tags, b.tags())
        && any(regions, List.of(b.region()))
        && any(classifications, List.of(b.classification()));
  }

  /** The same filter without its dates: what a timeline applies to its briefings. */
  public BriefingFilter undated() {
    return new BriefingFilter("", "", tags, regions, classifications);
  }

  /**
   * Whether a date (of any precision) falls within the period: compared to the precision of the
   * shorter of the two, so {@code 2025} is within {@code --since 2025-07} and {@code 2025-07-20}
   * within {@code --until 2025-07}. A missing date is outside any bounded period.
   */
  public boolean inPeriod(String date) {
    if (since.isEmpty() && until.isEmpty()) {
      return true;
    }
    if (date.isEmpty()) {
      return false;
    }
    return (since.isEmpty() || compare(date, since) >= 0)
        && (until.isEmpty() || compare(date, until) <= 0);
  }

  private static int compare(String a, String b) {
    int n = Math.min(a.length(), b.length());
    return a.substring(0, n).compareTo(b.substring(0, n));
  }

  private static boolean any(List<String> wanted, List<String> values) {
    if (wanted.isEmpty()) {
      return true;
    }
    for (String w : wanted) {
      for (String v : values) {
        if (Fold.fold(w).equals(Fold.fold(v))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The filter as the options that set it, for messages. */
  public String describe() {
    StringBuilder b = new StringBuilder();
    if (!since.isEmpty()) {
      b.append(" --since ").append(since);
    }
    if (!until.isEmpty()) {
      b.append(" --until ").append(until);
    }
    tags.forEach(t -> b.append(" --tag ").append(t));
    regions.forEach(r -> b.append(" --region ").append(r));
    classifications.forEach(c -> b.append(" --classification ").append(c));
    return b.toString().strip();
  }
}
