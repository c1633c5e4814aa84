package brief.terminal;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.ScreenBuffer;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/**
 * The bytes that turn what the terminal shows into the frame, as few as a slow link wants. Where
 * Lanterna's delta refresh sends every changed cell, an absolute cursor move before each run and
 * one escape sequence per attribute, this sends:
 *
 * <ul>
 *   <li>a run of blanks as an erase: to the end of the row (EL), or of so many characters (ECH,
 *       where the terminal has it) when something follows on the row;
 *   <li>one SGR sequence per change of attributes, by the shorter of turning attributes off one by
 *       one or resetting;
 *   <li>a short gap of unchanged cells again rather than a move over it, a move on the same row
 *       forward (CUF), to the next row's start as CR LF, else an absolute move (CUP).
 * </ul>
 *
 * Erases need the attributes reset first: a terminal fills erased cells with the current
 * background.
 */
final class Delta {
  private static final String CSI = "\u001b[";

  /** A hyperlink's start (OSC 8 with no parameters), its address and the string terminator. */
  private static final String OSC8 = "\u001b]8;;";

  private static final String ST = "\u001b\\";
  private static final CellStyle UNKNOWN = null;

  private final ScreenBuffer shown;
  private final ScreenBuffer wanted;
  private final Function<String, byte[]> encoding;
  private final boolean erases;
  private final int columns;
  private ByteArrayOutputStream out = new ByteArrayOutputStream();
  private int row = -1;
  private int column = -1;
  private CellStyle style = UNKNOWN;

  private Delta(
      ScreenBuffer shown, ScreenBuffer wanted, Function<String, byte[]> encoding, boolean erases) {
    this.shown = shown;
    this.wanted = wanted;
    this.encoding = encoding;
    this.erases = erases;
    this.columns = wanted.getSize().getColumns();
  }

  /**
   * What turns {@code shown} into {@code wanted}, the cursor and attributes on the terminal taken
   * as unknown. {@code encoding} gives a cell's bytes; {@code erases}: whether the terminal erases
   * characters (ECH, from the VT220 on).
   */
  static byte[] between(
      ScreenBuffer shown, ScreenBuffer wanted, Function<String, byte[]> encoding, boolean erases) {
    return new Delta(shown, wanted, encoding, erases).encode();
  }

  /** The whole of {@code wanted} on a screen cleared first, attributes reset. */
  static byte[] repaint(ScreenBuffer wanted, Function<String, byte[]> encoding, boolean erases) {
    TerminalSize size = wanted.getSize();
    Delta d =
        new Delta(
            new ScreenBuffer(size, TextCharacter.DEFAULT_CHARACTER), wanted, encoding, erases);
    d.write(CSI + "m" + CSI + "H" + CSI + "2J");
    d.row = 0;
    d.column = 0;
    d.style = CellStyle.PLAIN;
    return d.encode();
  }

  private byte[] encode() {
    ByteArrayOutputStream all = out;
    for (int y = 0; y < wanted.getSize().getRows(); y++) {
      boolean[] dirty = dirty(y);
      int first = 0;
      while (first < columns && !dirty[first]) {
        first++;
      }
      if (first == columns) {
        continue;
      }
      // The row both ways, the shorter kept: its changes alone, or cleared from its first
      // change on and everything not blank after it written (cheaper when the blanks are many).
      int startRow = row;
      int startColumn = column;
      CellStyle startStyle = style;
      out = new ByteArrayOutputStream();
      encodeRow(y, dirty);
      ByteArrayOutputStream changes = out;
      int[] changesEnd = {row, column};
      CellStyle changesStyle = style;
      row = startRow;
      column = startColumn;
      style = startStyle;
      out = new ByteArrayOutputStream();
      clearFrom(first, y);
      if (changes.size() <= out.size()) {
        out = changes;
        row = changesEnd[0];
        column = changesEnd[1];
        style = changesStyle;
      }
      all.writeBytes(out.toByteArray());
    }
    out = all;
    if (style != UNKNOWN && !style.link().isEmpty()) {
      setStyle(style.withoutLink()); // a link left open would take in whatever is written next
    }
    return out.toByteArray();
  }

  /** Row y erased from x on (EL), then every cell after it that is not blank written. */
  private void clearFrom(int x, int y) {
    erase(x, y, "K");
    for (int i = x; i < columns; ) {
      TextCharacter c = wanted.getCharacterAt(i, y);
      if (!blank(c)) {
        moveTo(i, y);
        put(c);
      }
      i += width(c);
    }
  }

  /** The cells of row y to send: those that differ, and both halves of a wide one that does. */
  private boolean[] dirty(int y) {
    boolean[] dirty = new boolean[columns];
    int limit = y < shown.getSize().getRows() ? Math.min(columns, shown.getSize().getColumns()) : 0;
    for (int x = 0; x < columns; x++) {
      dirty[x] = x >= limit || !looksSame(wanted.getCharacterAt(x, y), shown.getCharacterAt(x, y));
    }
    for (int x = 0; x < limit - 1; x++) {
      // A character written over either half of a wide one erases the whole of it.
      if (shown.getCharacterAt(x, y).isDoubleWidth() && (dirty[x] || dirty[x + 1])) {
        dirty[x] = dirty[x + 1] = true;
      }
    }
    for (int x = 0; x < columns - 1; x++) {
      if (wanted.getCharacterAt(x, y).isDoubleWidth() && (dirty[x] || dirty[x + 1])) {
        dirty[x] = dirty[x + 1] = true;
      }
    }
    return dirty;
  }

  private void encodeRow(int y, boolean[] dirty) {
    int x = 0;
    while (x < columns) {
      TextCharacter c = wanted.getCharacterAt(x, y);
      if (!dirty[x]) {
        x += width(c);
        continue;
      }
      if (blank(c)) {
        int end = x;
        int lastDirty = x;
        while (end < columns && blank(wanted.getCharacterAt(end, y))) {
          lastDirty = dirty[end] ? end : lastDirty;
          end++;
        }
        int length = lastDirty - x + 1;
        if (end == columns) {
          // Always an erase: it costs at most what the spaces would, and leaves the cells cleared
          // as a repaint does (a terminal tells a cleared cell from a written space).
          erase(x, y, "K");
          return;
        }
        if (erases && end < columns && eraseCost(length) < length) {
          erase(x, y, length + "X");
          x = lastDirty + 1;
          continue;
        }
      }
      moveTo(x, y);
      put(c);
      x += width(c);
    }
  }

  /** An erase sequence and the move past the erased cells that will follow it. */
  private static int eraseCost(int length) {
    int digits = String.valueOf(length).length();
    return 2 * (CSI.length() + digits + 1);
  }

  private void erase(int x, int y, String command) {
    moveTo(x, y);
    setStyle(CellStyle.PLAIN);
    write(CSI + command);
  }

  private void moveTo(int x, int y) {
    if (row == y && column == x) {
      return;
    }
    if (row == y && column >= 0 && x > column) {
      String forward = CSI + (x - column == 1 ? "" : String.valueOf(x - column)) + "C";
      byte[] gap = resendable(column, x, y);
      if (gap != null && gap.length <= forward.length()) {
        out.writeBytes(gap);
      } else {
        write(forward);
      }
    } else if (row == y && x == 0) {
      write("\r");
    } else if (row >= 0 && y == row + 1 && x == 0) {
      write("\r\n");
    } else {
      write(CSI + (y + 1) + (x == 0 ? "" : ";" + (x + 1)) + "H");
    }
    row = y;
    column = x;
  }

  /** Cells [from, to) of row y sent again, when all are narrow and in the current attributes. */
  private byte[] resendable(int from, int to, int y) {
    ByteArrayOutputStream gap = new ByteArrayOutputStream();
    for (int x = from; x < to; x++) {
      TextCharacter c = wanted.getCharacterAt(x, y);
      if (c.isDoubleWidth() || !CellStyle.of(c).equals(style)) {
        return null;
      }
      gap.writeBytes(encoding.apply(c.getCharacterString()));
    }
    return gap.toByteArray();
  }

  private void put(TextCharacter c) {
    setStyle(CellStyle.of(c));
    out.writeBytes(encoding.apply(c.getCharacterString()));
    column += width(c);
    if (column >= columns) {
      column = -1; // the cursor waits at the margin to wrap: where it is next is not certain
    }
  }

  private void setStyle(CellStyle target) {
    if (target.equals(style)) {
      return;
    }
    String from = style == UNKNOWN ? "" : style.link();
    if (!from.equals(target.link())) {
      write(OSC8 + target.link() + ST);
    }
    if (style != UNKNOWN && style.withoutLink().equals(target.withoutLink())) {
      style = target;
      return;
    }
    String reset = target.fromReset();
    String change = style == UNKNOWN ? null : style.changeTo(target);
    write(CSI + (change != null && change.length() < reset.length() ? change : reset) + "m");
    style = target;
  }

  private void write(String ascii) {
    out.writeBytes(ascii.getBytes(StandardCharsets.US_ASCII));
  }

  /** Equal on a terminal: the same text, width and attributes, whatever class holds them. */
  private static boolean looksSame(TextCharacter a, TextCharacter b) {
    return a == b
        || a.getCharacterString().equals(b.getCharacterString())
            && a.isDoubleWidth() == b.isDoubleWidth()
            && CellStyle.of(a).equals(CellStyle.of(b));
  }

  private static int width(TextCharacter c) {
    return c.isDoubleWidth() ? 2 : 1;
  }

  private static boolean blank(TextCharacter c) {
    return !c.isDoubleWidth() && c.getCharacterString().equals(" ") && CellStyle.of(c).plain();
  }
}
