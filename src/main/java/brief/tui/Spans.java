package brief.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Ranges of a text of two kinds laid over each other, as runs that do not overlap. */
final class Spans {
  private Spans() {}

  /**
   * {@code under} and {@code over} ([start, end) ranges, any order, perhaps overlapping) as sorted
   * runs {start, end, kind} that do not overlap: kind 0 where an {@code over} range covers the text
   * (it wins), {@code underKind} where only an {@code under} one does; adjacent runs of one kind
   * joined.
   */
  static List<int[]> layered(int length, List<int[]> under, List<int[]> over, int underKind) {
    TreeSet<Integer> cuts = new TreeSet<>();
    for (List<int[]> ranges : List.of(under, over)) {
      for (int[] r : ranges) {
        cuts.add(Math.max(0, Math.min(length, r[0])));
        cuts.add(Math.max(0, Math.min(length, r[1])));
      }
    }
    List<int[]> runs = new ArrayList<>();
    Integer from = cuts.isEmpty() ? null : cuts.first();
    for (Integer to = from == null ? null : cuts.higher(from); to != null; to = cuts.higher(to)) {
      int kind = covers(over, from) ? 0 : covers(under, from) ? underKind : -1;
      int[] last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (kind >= 0 && last != null && last[1] == from && last[2] == kind) {
        last[1] = to;
      } else if (kind >= 0) {
        runs.add(new int[] {from, to, kind});
      }
      from = to;
    }
    return runs;
  }

  private static boolean covers(List<int[]> ranges, int at) {
    for (int[] r : ranges) {
      if (r[0] <= at && at < r[1]) {
        return true;
      }
    }
    return false;
  }
}
