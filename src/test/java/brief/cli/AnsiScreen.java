package brief.cli;

import java.nio.charset.StandardCharsets;

/**
 * Just enough of a terminal to read back what the reader drew over a channel: cursor moves (CUP),
 * erasing the screen, and printable characters; colours and modes are skipped. A wide character
 * takes its own cell and the next, as on a real terminal.
 */
final class AnsiScreen {
  private char[][] cells;
  private int row;
  private int column;

  AnsiScreen(int columns, int rows) {
    resize(columns, rows);
  }

  void resize(int columns, int rows) {
    cells = new char[rows][columns];
    for (char[] line : cells) {
      java.util.Arrays.fill(line, ' ');
    }
    row = 0;
    column = 0;
  }

  int rows() {
    return cells.length;
  }

  /** Applies everything received so far (call with the whole stream each time, after a resize). */
  void feed(byte[] bytes) {
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
      if (cp >= 0x20) {
        put(cp);
      } else if (cp == '\r') {
        column = 0;
      } else if (cp == '\n') {
        row = Math.min(row + 1, cells.length - 1);
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
          resize(cells[0].length, cells.length);
        }
      }
      default -> {}
    }
  }

  private void put(int cp) {
    if (row < cells.length && column < cells[0].length) {
      String text = new String(Character.toChars(cp));
      cells[row][column] = text.length() == 1 ? text.charAt(0) : '?';
      column++;
      if (cp >= 0x1100 && Character.isIdeographic(cp) && column < cells[0].length) {
        cells[row][column++] = ' ';
      }
    }
  }

  private static int number(String[] p, int i) {
    return i < p.length && !p[i].isEmpty() ? Integer.parseInt(p[i]) : 1;
  }

  private static int clamp(int v, int size) {
    return Math.max(0, Math.min(v, size - 1));
  }

  String text() {
    StringBuilder b = new StringBuilder();
    for (char[] line : cells) {
      b.append(new String(line).stripTrailing()).append('\n');
    }
    return b.toString();
  }
}
