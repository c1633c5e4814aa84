package brief.tui;

/**
 * Where things go on a screen of a given size: the header rows, the sections pane, the content pane
 * and the status line, and how wide the text column may grow. Shared by the view (to draw) and the
 * update (to page and scroll by what is visible).
 */
public record Layout(
    int bodyTop,
    int bodyRows,
    int listWidth,
    int contentX,
    int contentWidth,
    boolean twoPanes,
    int columns,
    int rows,
    int maxText) {

  /** The widest text column that reads well: lines longer than this are hard to follow. */
  public static final int DEFAULT_TEXT_WIDTH = 100;

  /** The narrowest text column one may ask for: a few words a line, as on the smallest screen. */
  public static final int MIN_TEXT_WIDTH = Size.MIN_COLUMNS;

  public static final int MAX_TEXT_WIDTH = 1000;

  public static Layout of(Size size, boolean banner) {
    return of(size, banner, DEFAULT_TEXT_WIDTH);
  }

  /** The layout whose text column is at most {@code maxText} columns wide. */
  public static Layout of(Size size, boolean banner, int maxText) {
    int columns = size.columns();
    int rows = size.rows();
    boolean two = size.twoPanes();
    int header = two ? (banner ? 3 : 2) : (banner ? 2 : 1);
    int bodyRows = Math.max(0, rows - header - 1);
    // On a wide screen the sections pane takes what a readable text column leaves.
    int listWidth =
        two
            ? Math.max(
                Math.max(22, Math.min(32, columns / 4 + 2)),
                Math.min(MAX_LIST, columns - maxText - 5))
            : columns;
    int contentX = two ? listWidth : 0;
    return new Layout(
        header, bodyRows, listWidth, contentX, columns - contentX, two, columns, rows, maxText);
  }

  private static final int MAX_LIST = 48;

  /** Columns of text inside the content pane: borders, the cursor gutter and a margin taken off. */
  public int contentTextWidth() {
    return Math.max(1, Math.min(maxText, contentWidth - 5));
  }

  /** Rows of text inside a pane (borders taken off). */
  public int innerRows() {
    return Math.max(0, bodyRows - 2);
  }

  public int statusRow() {
    return rows - 1;
  }
}
