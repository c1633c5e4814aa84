package brief.tui;

import brief.render.Wrap;
import java.util.ArrayList;
import java.util.List;

/** The screen below the smallest size the reader can lay out. */
final class TooSmall {
  private TooSmall() {}

  /**
   * Says what is wrong in words that fit, however small: the message wraps at word boundaries, and
   * when rows run out, "q quits" keeps the last row.
   */
  static void draw(Frame f, Size size) {
    int w = Math.max(1, size.columns());
    List<String> lines = new ArrayList<>();
    for (String part :
        List.of(
            "Too small:",
            size.columns() + "x" + size.rows() + ",",
            "need " + Size.MIN_COLUMNS + "x" + Size.MIN_ROWS)) {
      lines.addAll(Wrap.lines(part, w));
    }
    List<String> quit = Wrap.lines("q quits", w);
    int room = Math.max(0, size.rows() - quit.size());
    List<String> shown = new ArrayList<>(lines.subList(0, Math.min(room, lines.size())));
    shown.addAll(quit);
    for (int r = 0; r < shown.size() && r < size.rows(); r++) {
      f.put(0, r, shown.get(r), r == 0 && room > 0 ? Role.BOLD : Role.DIM);
    }
  }
}
