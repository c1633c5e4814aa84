package brief.terminal;

import brief.tui.Frame;
import brief.tui.Role;

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
    int columns = after.width();
    if (before.height() != rows || before.width() != columns || rows < 2) {
      return null;
    }
    int[][] cost = new int[rows][rows]; // cost[i][j]: painting after's row i over before's row j
    int[] blank = new int[rows + 1]; // prefix sums of painting after's rows over blank rows
    for (int i = 0; i < rows; i++) {
      for (int j = 0; j < rows; j++) {
        cost[i][j] = rowCost(after, i, before, j);
      }
      blank[i + 1] = blank[i] + rowCost(after, i, null, 0);
    }
    int[] unchanged = new int[rows + 1]; // prefix sums of cost[y][y]
    for (int y = 0; y < rows; y++) {
      unchanged[y + 1] = unchanged[y] + cost[y][y];
    }
    int best = unchanged[rows];
    Scroll plan = null;
    for (int d = -(rows - 2); d <= rows - 2; d++) {
      if (d == 0) {
        continue;
      }
      int[] moved = new int[rows + 1]; // prefix sums of cost[y][y + d], where that row exists
      for (int y = 0; y < rows; y++) {
        int from = y + d;
        moved[y + 1] = moved[y] + (from >= 0 && from < rows ? cost[y][from] : 0);
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
        cost += text.isEmpty() ? 0 : text.length() == 1 && text.charAt(0) < 0x80 ? 1 : 3;
        role = after.role(x, i);
      }
      inRun = !same;
    }
    return cost;
  }
}
