package brief.cli;

import brief.render.DisplayWidth;
import java.nio.charset.StandardCharsets;

/**
 * Just enough of a terminal to read back what the reader drew: cursor moves (CUP, CUF, CR, LF),
 * erasing the screen, a row's end (EL) or characters (ECH), a scroll region (DECSTBM) scrolled by
 * line feeds at its bottom and reverse indexes at its top, printable characters, and the SGR
 * attributes each cell was written or erased with ({@link #style}) and the hyperlink (OSC 8) it was
 * written in ({@link #link}); other modes and OSC strings are skipped. A wide character takes its
 * own cell and the next, as on a real terminal.
 */
public final class AnsiScreen {
  private String[][] cells;
  private String[][] styles;
  private String[][] links;
  private String link = "";
  private final Sgr sgr = new Sgr();
  private int row;
  private int column;
  private int top;
  private int bottom;

  public AnsiScreen(int columns, int rows) {
    resize(columns, rows);
  }

  public void resize(int columns, int rows) {
    cells = new String[rows][columns];
    styles = new String[rows][columns];
    links = new String[rows][columns];
    for (int y = 0; y < rows; y++) {
      java.util.Arrays.fill(links[y], "");
      java.util.Arrays.fill(cells[y], " ");
      java.util.Arrays.fill(styles[y], Sgr.PLAIN);
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
      if (cp == 0x1b && i + 1 < s.length() && s.charAt(i + 1) == ']') {
        int st = s.indexOf("\u001b\\", i);
        int bel = s.indexOf('\u0007', i);
        int end = bel >= 0 && (st < 0 || bel < st) ? bel : st;
        if (end < 0) {
          break;
        }
        osc(s.substring(i + 2, end));
        i = end + (end == bel ? 1 : 2);
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

  /** OSC 8 (a hyperlink, opened with an address and closed with none); other OSCs are skipped. */
  private void osc(String body) {
    if (body.startsWith("8;")) {
      int semicolon = body.indexOf(';', 2);
      link = semicolon < 0 ? "" : body.substring(semicolon + 1);
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
      case 'C' -> column = clamp(column + number(p, 0), cells[0].length);
      case 'J' -> {
        if (params.equals("2")) {
          for (int y = 0; y < cells.length; y++) {
            erase(y, 0, cells[0].length);
          }
        }
      }
      case 'K' -> {
        if (params.isEmpty() || params.equals("0")) {
          erase(row, column, cells[0].length);
        }
      }
      case 'X' -> erase(row, column, Math.min(cells[0].length, column + number(p, 0)));
      case 'm' -> sgr.apply(params);
      case 'r' -> {
        top = params.isEmpty() ? 0 : clamp(number(p, 0) - 1, cells.length);
        bottom = params.isEmpty() ? cells.length - 1 : clamp(number(p, 1) - 1, cells.length);
        row = 0;
        column = 0;
      }
      default -> {}
    }
  }

  /** Blanks cells [from, to) of a row in the current background, as a terminal does (BCE). */
  private void erase(int y, int from, int to) {
    for (int x = from; x < to; x++) {
      cells[y][x] = " ";
      styles[y][x] = sgr.erased();
    }
  }

  private void lineFeed() {
    if (row == bottom) {
      System.arraycopy(cells, top + 1, cells, top, bottom - top);
      System.arraycopy(styles, top + 1, styles, top, bottom - top);
      cells[bottom] = blankLine();
      styles[bottom] = plainLine();
    } else if (row < cells.length - 1) {
      row++;
    }
  }

  private void reverseIndex() {
    if (row == top) {
      System.arraycopy(cells, top, cells, top + 1, bottom - top);
      System.arraycopy(styles, top, styles, top + 1, bottom - top);
      cells[top] = blankLine();
      styles[top] = plainLine();
    } else if (row > 0) {
      row--;
    }
  }

  private String[] blankLine() {
    String[] line = new String[cells[0].length];
    java.util.Arrays.fill(line, " ");
    return line;
  }

  private String[] plainLine() {
    String[] line = new String[cells[0].length];
    java.util.Arrays.fill(line, Sgr.PLAIN);
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
      styles[row][column] = sgr.current();
      links[row][column] = link;
      cells[row][column++] = new String(Character.toChars(cp));
      if (width == 2) {
        styles[row][column] = sgr.current();
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

  /**
   * The attributes cell (x, y) was written with, as {@code fg=N bg=N} and the modifiers on (SGR
   * numbers; 39 and 49 the defaults).
   */
  public String style(int x, int y) {
    return styles[y][x];
  }

  /** The address of the hyperlink (OSC 8) cell (x, y) was written in, or "". */
  public String link(int x, int y) {
    return links[y][x];
  }

  /** Whether a hyperlink is still open: what is written next would be part of it. */
  public boolean linkOpen() {
    return !link.isEmpty();
  }

  /** The SGR state: colours as their parameters, modifiers as the numbers that turn them on. */
  private static final class Sgr {
    static final String PLAIN = "fg=39 bg=49";
    private String foreground = "39";
    private String background = "49";
    private final java.util.TreeSet<Integer> modifiers = new java.util.TreeSet<>();

    void apply(String params) {
      String[] p = params.isEmpty() ? new String[] {"0"} : params.split(";", -1);
      for (int i = 0; i < p.length; i++) {
        int n = p[i].isEmpty() ? 0 : Integer.parseInt(p[i]);
        if (n == 0) {
          foreground = "39";
          background = "49";
          modifiers.clear();
        } else if (n == 38 || n == 48) {
          int length = p[i + 1].equals("5") ? 3 : 5;
          String colour = String.join(";", java.util.Arrays.copyOfRange(p, i, i + length));
          i += length - 1;
          if (n == 38) {
            foreground = colour;
          } else {
            background = colour;
          }
        } else if (n >= 30 && n <= 39 || n >= 90 && n <= 97) {
          foreground = String.valueOf(n);
        } else if (n >= 40 && n <= 49 || n >= 100 && n <= 107) {
          background = String.valueOf(n);
        } else if (n >= 21 && n <= 29) {
          modifiers.remove(n == 22 ? 1 : n - 20);
          if (n == 22) {
            modifiers.remove(2);
          }
        } else {
          modifiers.add(n);
        }
      }
    }

    String current() {
      StringBuilder b = new StringBuilder("fg=" + foreground + " bg=" + background);
      for (int m : modifiers) {
        b.append(' ').append(m);
      }
      return b.toString();
    }

    /** An erased cell takes the background only. */
    String erased() {
      return "fg=39 bg=" + background;
    }
  }

  public String text() {
    StringBuilder b = new StringBuilder();
    for (int y = 0; y < cells.length; y++) {
      b.append(row(y)).append('\n');
    }
    return b.toString();
  }
}
