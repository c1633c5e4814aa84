package brief.tui;

import java.util.List;

/**
 * Reads the text column off a screen (a frame's rows, tmux's or an SSH client's screen): where the
 * text of a pane wraps.
 */
public final class TextColumn {
  private TextColumn() {}

  /** The column of the top-left corner of the pane titled {@code title}, or -1. */
  public static int leftOf(List<String> rows, String title) {
    for (String row : rows) {
      int[] cells = row.codePoints().toArray();
      int at = new String(cells, 0, cells.length).indexOf("┌ " + title);
      if (at >= 0) {
        return row.codePointCount(0, at);
      }
    }
    return -1;
  }

  /**
   * The widest line of text in the pane whose left border is in column {@code left}: its text
   * starts three columns in (the border, the cursor's bar and a space) and ends before the right
   * border; rows of the pane's frame are not text.
   */
  public static int widest(List<String> rows, int left) {
    int widest = 0;
    for (String row : rows) {
      int[] cells = row.codePoints().toArray();
      if (cells.length <= left + 3 || cells[left] != '│') {
        continue;
      }
      int end = cells.length;
      while (end > left + 3 && cells[end - 1] != '│') {
        end--;
      }
      String text = new String(cells, left + 3, Math.max(0, end - 1 - (left + 3))).stripTrailing();
      widest = Math.max(widest, text.codePointCount(0, text.length()));
    }
    return widest;
  }
}
