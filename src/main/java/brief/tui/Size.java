package brief.tui;

/** The terminal's size in columns and rows. */
public record Size(int columns, int rows) {
  /** Below this the reader shows a "terminal too small" notice instead of its screens. */
  public static final int MIN_COLUMNS = 20;

  public static final int MIN_ROWS = 6;

  /** From this width on, the sections and the content are shown side by side. */
  public static final int TWO_PANES = 70;

  public boolean tooSmall() {
    return columns < MIN_COLUMNS || rows < MIN_ROWS;
  }

  public boolean twoPanes() {
    return columns >= TWO_PANES;
  }
}
