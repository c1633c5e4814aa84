package brief.tui;

import brief.render.DisplayWidth;
import java.util.Arrays;

/**
 * A screenful of cells, each holding one character (a code point with its combining marks) and its
 * {@link Role}. A wide character takes two cells; the second holds the empty string. Built by the
 * view, then only read.
 */
public final class Frame {
  private final int width;
  private final int height;
  private final String[] cells;
  private final Role[] roles;
  private String link = "";

  public Frame(int width, int height) {
    this.width = Math.max(0, width);
    this.height = Math.max(0, height);
    cells = new String[this.width * this.height];
    roles = new Role[cells.length];
    Arrays.fill(cells, " ");
    Arrays.fill(roles, Role.NORMAL);
  }

  public int width() {
    return width;
  }

  public int height() {
    return height;
  }

  /** The character at a cell: " " when blank, "" for the second half of a wide character. */
  public String text(int x, int y) {
    return cells[y * width + x];
  }

  public Role role(int x, int y) {
    return roles[y * width + x];
  }

  /**
   * The address that the {@link Role#LINK} cells open: the shown briefing's article, the one link a
   * screen has; "" when none.
   */
  public String link() {
    return link;
  }

  void linkTo(String address) {
    link = address;
  }

  /**
   * Writes {@code text} (already sanitized: no control characters) from column x, clipped at {@code
   * limit}; returns the column after the last one written. A wide character that does not fit is
   * replaced by a blank.
   */
  public int put(int x, int y, String text, Role role, int limit) {
    if (y < 0 || y >= height) {
      return x;
    }
    int end = Math.min(limit, width);
    int col = x;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      int w = DisplayWidth.of(cp);
      if (w == 0) {
        if (col > x && col - 1 < end) {
          int at = y * width + lastBase(col - 1, y);
          cells[at] = cells[at] + new String(Character.toChars(cp));
        }
        continue;
      }
      if (col + w > end) {
        if (col < end) {
          set(col, y, " ", role);
          col++;
        }
        break;
      }
      if (col >= 0) {
        set(col, y, new String(Character.toChars(cp)), role);
        if (w == 2) {
          set(col + 1, y, "", role);
        }
      }
      col += w;
    }
    return col;
  }

  public int put(int x, int y, String text, Role role) {
    return put(x, y, text, role, width);
  }

  /** Fills a run of cells with one character. */
  public void fill(int x, int y, int count, String c, Role role) {
    for (int i = 0; i < count && x + i < width; i++) {
      if (x + i >= 0 && y >= 0 && y < height) {
        set(x + i, y, c, role);
      }
    }
  }

  /** Gives a run of cells a role, keeping their characters (a highlighted row). */
  public void paint(int x, int y, int count, Role role) {
    for (int i = 0; i < count && x + i < width; i++) {
      if (x + i >= 0 && y >= 0 && y < height) {
        roles[y * width + x + i] = role;
      }
    }
  }

  private void set(int x, int y, String c, Role role) {
    int at = y * width + x;
    String old = cells[at];
    // Overwriting half of a wide character blanks its other half.
    if (old.isEmpty() && x > 0 && !c.isEmpty()) {
      cells[at - 1] = " ";
    }
    if (!old.isEmpty() && x + 1 < width && cells[at + 1].isEmpty() && DisplayWidth.of(old) == 2) {
      cells[at + 1] = " ";
    }
    cells[at] = c;
    roles[at] = role;
  }

  private int lastBase(int x, int y) {
    int col = x;
    while (col > 0 && cells[y * width + col].isEmpty()) {
      col--;
    }
    return col;
  }

  /** One row as plain text, wide characters once, trailing blanks removed. */
  public String row(int y) {
    StringBuilder b = new StringBuilder(width);
    for (int x = 0; x < width; x++) {
      b.append(cells[y * width + x]);
    }
    return b.toString().stripTrailing();
  }

  /** The whole frame as plain text, one line per row: what golden files hold. */
  public String plain() {
    StringBuilder b = new StringBuilder();
    for (int y = 0; y < height; y++) {
      b.append(row(y)).append('\n');
    }
    return b.toString();
  }
}
