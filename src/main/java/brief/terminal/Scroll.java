package brief.terminal;

import brief.tui.Frame;
import brief.tui.Role;
import java.util.HashMap;
import java.util.Map;

/**
 * A band of rows for the terminal to scroll itself (a scroll region, as less and vim use) before
 * the cells that still differ are sent: rows {@code top} to {@code bottom}, moved up by {@code
 * distance} rows (down when negative); the rows it uncovers come in blank.
 */
record Scroll(int top, int bottom, int distance) {

  /** Moving the cursor to a cell, as Lanterna's refresh does before each run of changed cells. */
  private static final int MOVE = 8;

  /** Changing colour or attributes between two cells sent. */
  private static final int ATTRIBUTES = 6;

  /** Scrolling, besides one byte per row: region set and reset, cursor moved, attributes reset. */
  private static final int SCROLL = 24;

  /**
   * The scroll that leaves the least to send when the screen shows {@code before} and is to show
   * {@code after} (frames of one size), or null when scrolling saves nothing. Costs are estimated
   * in bytes as the delta refresh spends them: each changed cell, a cursor move before each run of
   * them, an attribute change where the role changes; a row uncovered by the scroll is blank.
   */
  static Scroll between(Frame before, Frame after) {
    int rows = after.height();
    if (before.height() != rows || before.width() != after.width() || rows < 2) {
      return null;
    }
    int[] unchanged = new int[rows + 1]; // prefix sums of painting after's rows over before's
    for (int y = 0; y < rows; y++) {
      unchanged[y + 1] = unchanged[y] + rowCost(after, y, before, y);
    }
    int best = unchanged[rows];
    if (best <= SCROLL + 1) {
      return null; // no scroll costs less than what is left to send
    }
    // Only distances by which some row that is not blank moved are worth a try: comparing every
    // row with every other, cell by cell, grows with the cube of the screen's size.
    boolean[] tried = distances(before, after);
    int[] blank = new int[rows + 1]; // prefix sums of painting after's rows over blank rows
    for (int y = 0; y < rows; y++) {
      blank[y + 1] = blank[y] + rowCost(after, y, null, 0);
    }
    Scroll plan = null;
    for (int d = -(rows - 2); d <= rows - 2; d++) {
      if (d == 0 || !tried[d + rows]) {
        continue;
      }
      int[] moved = new int[rows + 1]; // prefix sums of painting row y over before's row y + d
      for (int y = 0; y < rows; y++) {
        int from = y + d;
        moved[y + 1] = moved[y] + (from >= 0 && from < rows ? rowCost(after, y, before, from) : 0);
      }
      int a = Math.abs(d);
      for (int top = 0; top < rows; top++) {
        for (int bottom = top + a; bottom < rows; bottom++) {
          // Rows that keep content: [top, bottom - d] moving up, [top - d, bottom] moving down.
          // The uncovered rows: [bottom - d + 1, bottom] moving up, [top, top - d - 1] moving down.
          int keepFrom = d > 0 ? top : top + a;
          int keepTo = d > 0 ? bottom - a : bottom;
          int blankFrom = d > 0 ? bottom - a + 1 : top;
          int total =
              unchanged[rows]
                  - (unchanged[bottom + 1] - unchanged[top])
                  + (moved[keepTo + 1] - moved[keepFrom])
                  + (blank[blankFrom + a] - blank[blankFrom])
                  + SCROLL
                  + a;
          // Of two bands that cost the same, the wider: the view's whole band, not part of it.
          if (total < best
              || total == best && plan != null && bottom - top > plan.bottom() - plan.top()) {
            best = total;
            plan = new Scroll(top, bottom, d);
          }
        }
      }
    }
    return plan;
  }

  /** Columns hashed together when looking for rows that moved. */
  private static final int BLOCK = 16;

  /**
   * The distances d (indexed d + rows) such that some block of columns of a row of {@code after} is
   * the same block of row y + d of {@code before}, where that block shows once only in its column
   * (blank blocks, and a pane's empty rows between its borders, would match at every distance).
   * Blocks, not whole rows: in the two-pane view only the content pane moves. Blocks are compared
   * by a hash.
   */
  private static boolean[] distances(Frame before, Frame after) {
    int rows = after.height();
    boolean[] tried = new boolean[2 * rows + 1];
    for (int x = 0; x < after.width(); x += BLOCK) {
      int to = Math.min(after.width(), x + BLOCK);
      Map<Long, Integer> once = new HashMap<>(); // a block's hash -> its row, or -1 when repeated
      for (int y = 0; y < rows; y++) {
        once.merge(hash(before, y, x, to), y, (first, again) -> -1);
      }
      for (int y = 0; y < rows; y++) {
        Integer from = once.get(hash(after, y, x, to));
        if (from != null && from >= 0 && from != y) {
          tried[from - y + rows] = true;
        }
      }
    }
    return tried;
  }

  private static long hash(Frame frame, int y, int from, int to) {
    long h = 17;
    for (int x = from; x < to; x++) {
      h = h * 31 + frame.text(x, y).hashCode();
    }
    return h;
  }

  /**
   * What painting row i of {@code after} costs over row j of {@code before}, or over a blank row
   * (null): normal blanks, as the terminal leaves the rows a scroll uncovers.
   */
  private static int rowCost(Frame after, int i, Frame before, int j) {
    int cost = 0;
    boolean inRun = false;
    Role role = null;
    for (int x = 0; x < after.width(); x++) {
      String text = after.text(x, i);
      boolean same =
          before == null
              ? after.role(x, i) == Role.NORMAL && text.equals(" ")
              : after.role(x, i) == before.role(x, j) && text.equals(before.text(x, j));
      if (!same) {
        cost += inRun ? 0 : MOVE;
        cost += after.role(x, i) == role ? 0 : ATTRIBUTES;
        cost += bytes(text);
        role = after.role(x, i);
      }
      inRun = !same;
    }
    return cost;
  }

  /** The bytes a cell's text takes in UTF-8 (in ASCII under --ascii: a little less, not more). */
  static int bytes(String cell) {
    int bytes = 0;
    for (int i = 0; i < cell.length(); i++) {
      char c = cell.charAt(i);
      bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return bytes;
  }
}
