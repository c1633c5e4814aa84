package brief.cli;

import brief.render.DisplayWidth;
import java.nio.charset.StandardCharsets;

/**
 * Just enough of a terminal to read back what the reader drew: cursor moves (CUP), erasing the
 * screen, a scroll region (DECSTBM) scrolled by line feeds at its bottom and reverse indexes at its
 * top, and printable characters; colours and modes are skipped. A wide character takes its own cell
 * and the next, as on a real terminal.
 */
public final class AnsiScreen {
  private String[][] cells;
  private int row;
  private int column;
  private int top;
  private int bottom;

  public AnsiScreen(int columns, int rows) {
    resize(columns, rows);
  }

  public void resize(int columns, int rows) {
    cells = new String[rows][columns];
    for (String[] line : cells) {
      java.util.Arrays.fill(line, " ");
    }
    row = 0;
    column = 0;
    top = 0;
    bottom = rows - 1;
  }

  public int rows() {
    return cells.length;
  }

  /** Applies everything received so far (call with the whole stream each time, after a resize). */
  public void feed(byte[] bytes) {
    String s = new String(bytes, StandardCharsets.UTF_8);
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      if (cp == 0x1b && i + 1 < s.length() && s.charAt(i + 1) == '[') {
        int end = i + 2;
        while (end < s.length() && (s.charAt(end) < 0x40 || s.charAt(end) > 0x7e)) {
          end++;
        }
        if (end < s.length()) {
          csi(s.substring(i + 2, end), s.charAt(end));
        }
        i = end + 1;
        continue;
      }
      if (cp == 0x1b && i + 1 < s.length() && s.charAt(i + 1) == 'M') {
        reverseIndex();
        i += 2;
        continue;
      }
      if (cp >= 0x20) {
        put(cp);
      } else if (cp == '\r') {
        column = 0;
      } else if (cp == '\n') {
        lineFeed();
      }
      i += Character.charCount(cp);
    }
  }

  private void csi(String params, char command) {
    if (params.startsWith("?")) {
      return;
    }
    String[] p = params.split(";");
    switch (command) {
      case 'H', 'f' -> {
        row = clamp(number(p, 0) - 1, cells.length);
        column = clamp(number(p, 1) - 1, cells[0].length);
      }
      case 'J' -> {
        if (params.equals("2")) {
          for (int y = 0; y < cells.length; y++) {
            cells[y] = blankLine();
          }
        }
      }
      case 'r' -> {
        top = params.isEmpty() ? 0 : clamp(number(p, 0) - 1, cells.length);
        bottom = params.isEmpty() ? cells.length - 1 : clamp(number(p, 1) - 1, cells.length);
        row = 0;
        column = 0;
      }
      default -> {}
    }
  }

  private void lineFeed() {
    if (row == bottom) {
      System.arraycopy(cells, top + 1, cells, top, bottom - top);
      cells[bottom] = blankLine();
    } else if (row < cells.length - 1) {
      row++;
    }
  }

  private void reverseIndex() {
    if (row == top) {
      System.arraycopy(cells, top, cells, top + 1, bottom - top);
      cells[top] = blankLine();
    } else if (row > 0) {
      row--;
    }
  }

  private String[] blankLine() {
    String[] line = new String[cells[0].length];
    java.util.Arrays.fill(line, " ");
    return line;
  }

  private void put(int cp) {
    int width = DisplayWidth.of(cp);
    if (width == 0) {
      if (column > 0 && row < cells.length) {
        int base = column - 1;
        while (base > 0 && cells[row][base].isEmpty()) {
          base--;
        }
        cells[row][base] += new String(Character.toChars(cp));
      }
      return;
    }
    if (row < cells.length && column + width <= cells[0].length) {
      cells[row][column++] = new String(Character.toChars(cp));
      if (width == 2) {
        cells[row][column++] = "";
      }
    }
  }

  private static int number(String[] p, int i) {
    return i < p.length && !p[i].isEmpty() ? Integer.parseInt(p[i]) : 1;
  }

  private static int clamp(int v, int size) {
    return Math.max(0, Math.min(v, size - 1));
  }

  /** One row as plain text, a wide character once, trailing blanks removed. */
  public String row(int y) {
    return String.join("", cells[y]).stripTrailing();
  }

  public String text() {
    StringBuilder b = new StringBuilder();
    for (int y = 0; y < cells.length; y++) {
      b.append(row(y)).append('\n');
    }
    return b.toString();
  }
}
