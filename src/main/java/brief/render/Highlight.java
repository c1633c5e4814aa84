package brief.render;

import java.util.ArrayList;
import java.util.List;

/** Cuts one wrapped line of a text into the parts a search matched and the parts between. */
public final class Highlight {
  private Highlight() {}

  /**
   * A run of the line; {@code matched} when a range covers it, {@code kind} the range's third
   * number if it has one (what kind of mark it is, for the caller), else 0.
   */
  public record Segment(String text, boolean matched, int kind) {
    public Segment(String text, boolean matched) {
      this(text, matched, 0);
    }
  }

  /**
   * The segments of {@code text[range[0], range[1])}, where {@code matches} are [start, end) ranges
   * of the whole text, sorted and not overlapping (as {@code Query.spans} gives them), each perhaps
   * with a third number, its kind.
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
      out.add(new Segment(text.substring(s, e), true, m.length > 2 ? m[2] : 0));
      at = e;
    }
    if (at < range[1]) {
      out.add(new Segment(text.substring(at, range[1]), false));
    }
    return out;
  }
}
