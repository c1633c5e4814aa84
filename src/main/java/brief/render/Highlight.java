package brief.render;

import java.util.ArrayList;
import java.util.List;

/** Cuts one wrapped line of a text into the parts a search matched and the parts between. */
public final class Highlight {
  private Highlight() {}

  /** A run of the line; {@code matched} when a search term covers it. */
  public record Segment(String text, boolean matched) {}

  /**
   * The segments of {@code text[range[0], range[1])}, where {@code matches} are [start, end) ranges
   * of the whole text, sorted and not overlapping (as {@code Query.spans} gives them).
   */
  public static List<Segment> segments(String text, int[] range, List<int[]> matches) {
    List<Segment> out = new ArrayList<>();
    int at = range[0];
    for (int[] m : matches) {
      int s = Math.max(m[0], range[0]);
      int e = Math.min(m[1], range[1]);
      if (s >= e) {
        continue;
      }
      if (s > at) {
        out.add(new Segment(text.substring(at, s), false));
      }
      out.add(new Segment(text.substring(s, e), true));
      at = e;
    }
    if (at < range[1]) {
      out.add(new Segment(text.substring(at, range[1]), false));
    }
    return out;
  }
}
