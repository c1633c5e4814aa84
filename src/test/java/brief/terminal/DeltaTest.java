package brief.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.cli.AnsiScreen;
import brief.tui.Role;
import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.ScreenBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The refresh's own encoding, read back by a terminal emulator: whatever the terminal showed and
 * whatever the frame is, the screen ends up exactly the frame, text and attributes.
 */
class DeltaTest {
  private static final Function<String, byte[]> UTF8 = s -> s.getBytes(StandardCharsets.UTF_8);
  private static final Palette PALETTE = Palette.colour();
  private static final String[] TEXT = {"a", "b", "Ж", "─", "│", "é", "中", " ", " ", " "};

  private static TextCharacter cell(String text, Role role) {
    return new Glyph(
        text,
        PALETTE.foreground().get(role),
        PALETTE.background().get(role),
        PALETTE.modifiers().get(role),
        text.equals("中"));
  }

  /** A screen of random rows: runs of one role, blanks in runs, wide characters, borders. */
  private static ScreenBuffer random(Random r, int columns, int rows) {
    ScreenBuffer b = new ScreenBuffer(new TerminalSize(columns, rows), cell(" ", Role.NORMAL));
    Role[] roles = Role.values();
    for (int y = 0; y < rows; y++) {
      int x = 0;
      while (x < columns) {
        Role role = r.nextInt(3) == 0 ? roles[r.nextInt(roles.length)] : Role.NORMAL;
        String text = TEXT[r.nextInt(TEXT.length)];
        int run = 1 + r.nextInt(r.nextBoolean() ? 3 : 30);
        for (int i = 0; i < run && x < columns; i++) {
          if (text.equals("中") && x == columns - 1) {
            break;
          }
          b.setCharacterAt(x, y, cell(text, role));
          x += text.equals("中") ? 2 : 1;
        }
        if (x == columns - 1 && text.equals("中")) {
          b.setCharacterAt(x++, y, cell(" ", Role.NORMAL));
        }
      }
    }
    return b;
  }

  /** {@code b} with a few rectangles changed, as an overlay opening or closing changes a screen. */
  private static ScreenBuffer edited(Random r, ScreenBuffer b) {
    ScreenBuffer copy = new ScreenBuffer(b.getSize(), cell(" ", Role.NORMAL));
    b.copyTo(copy);
    ScreenBuffer noise = random(r, b.getSize().getColumns(), b.getSize().getRows());
    for (int k = 0; k < 1 + r.nextInt(4); k++) {
      int x0 = r.nextInt(b.getSize().getColumns());
      int y0 = r.nextInt(b.getSize().getRows());
      int x1 = Math.min(b.getSize().getColumns(), x0 + 1 + r.nextInt(40));
      int y1 = Math.min(b.getSize().getRows(), y0 + 1 + r.nextInt(10));
      for (int y = y0; y < y1; y++) {
        for (int x = x0; x < x1; x++) {
          copy.setCharacterAt(x, y, noise.getCharacterAt(x, y));
        }
      }
    }
    return copy;
  }

  private static String expectedRow(ScreenBuffer b, int y) {
    StringBuilder s = new StringBuilder();
    for (int x = 0; x < b.getSize().getColumns(); x++) {
      TextCharacter c = b.getCharacterAt(x, y);
      s.append(c.getCharacterString());
      x += c.isDoubleWidth() ? 1 : 0;
    }
    return s.toString().stripTrailing();
  }

  private static String expectedStyle(TextCharacter c) {
    StringBuilder s =
        new StringBuilder("fg=")
            .append(new String(c.getForegroundColor().getForegroundSGRSequence()))
            .append(" bg=")
            .append(new String(c.getBackgroundColor().getBackgroundSGRSequence()));
    List<Integer> on = new ArrayList<>();
    for (SGR m : c.getModifiers()) {
      on.add(
          switch (m) {
            case BOLD -> 1;
            case UNDERLINE -> 4;
            case REVERSE -> 7;
            default -> throw new AssertionError(m);
          });
    }
    on.stream().sorted().forEach(n -> s.append(' ').append(n));
    return s.toString();
  }

  private static void assertShows(ScreenBuffer wanted, AnsiScreen screen, String context) {
    for (int y = 0; y < wanted.getSize().getRows(); y++) {
      assertEquals(expectedRow(wanted, y), screen.row(y), context + ", row " + y);
      for (int x = 0; x < wanted.getSize().getColumns(); x++) {
        TextCharacter c = wanted.getCharacterAt(x, y);
        if (!c.getCharacterString().equals(" ") || !c.getModifiers().isEmpty()) {
          assertEquals(expectedStyle(c), screen.style(x, y), context + ", cell " + x + "," + y);
        } else {
          // A blank without modifiers shows only its background; its foreground is never seen.
          assertTrue(
              screen.style(x, y).startsWith("fg=") && screen.style(x, y).contains(bgOf(c)),
              context + ", blank " + x + "," + y + ": " + screen.style(x, y));
        }
        x += c.isDoubleWidth() ? 1 : 0;
      }
    }
  }

  private static String bgOf(TextCharacter c) {
    return "bg=" + new String(c.getBackgroundColor().getBackgroundSGRSequence());
  }

  @Test
  void anyScreenTurnsIntoAnyOtherExactly() {
    for (boolean erases : new boolean[] {true, false}) {
      Random r = new Random(7);
      for (int trial = 0; trial < 300; trial++) {
        int columns = 1 + r.nextInt(100);
        int rows = 1 + r.nextInt(20);
        ScreenBuffer before = random(r, columns, rows);
        ScreenBuffer after = r.nextBoolean() ? edited(r, before) : random(r, columns, rows);
        AnsiScreen screen = new AnsiScreen(columns, rows);
        screen.feed(Delta.repaint(before, UTF8, erases));
        assertShows(before, screen, "repaint " + trial);
        screen.feed(Delta.between(before, after, UTF8, erases));
        assertShows(after, screen, "trial " + trial + " erases=" + erases);
      }
    }
  }

  @Test
  void aLinksCellsAreOneHyperlinkClosedBeforeWhatFollows() {
    String url = "https://example.org/article?id=7";
    ScreenBuffer before = new ScreenBuffer(new TerminalSize(10, 1), cell(" ", Role.NORMAL));
    ScreenBuffer after = new ScreenBuffer(new TerminalSize(10, 1), cell(" ", Role.NORMAL));
    for (int x = 0; x < 4; x++) {
      after.setCharacterAt(
          x,
          0,
          new Glyph(
              "link".substring(x, x + 1),
              TextColor.ANSI.BLACK_BRIGHT,
              TextColor.ANSI.DEFAULT,
              java.util.EnumSet.noneOf(SGR.class),
              false,
              url));
    }
    after.setCharacterAt(5, 0, cell("x", Role.NORMAL));
    byte[] sent = Delta.between(before, after, UTF8, true);
    AnsiScreen screen = new AnsiScreen(10, 1);
    screen.feed(sent);
    assertEquals("link x", screen.row(0));
    for (int x = 0; x < 4; x++) {
      assertEquals(url, screen.link(x, 0));
    }
    assertEquals("", screen.link(5, 0));
    assertEquals(1, new String(sent, StandardCharsets.UTF_8).split("]8;;https").length - 1);

    ScreenBuffer linkLast = new ScreenBuffer(new TerminalSize(10, 1), cell(" ", Role.NORMAL));
    after.copyTo(linkLast);
    linkLast.setCharacterAt(5, 0, cell(" ", Role.NORMAL));
    AnsiScreen again = new AnsiScreen(10, 1);
    again.feed(Delta.between(before, linkLast, UTF8, true));
    assertFalse(again.linkOpen(), "a refresh never ends inside a hyperlink");
  }

  @Test
  void nothingChangedSendsNothing() {
    ScreenBuffer b = random(new Random(1), 80, 24);
    assertEquals(0, Delta.between(b, b, UTF8, true).length);
  }

  @Test
  void blanksBeforeABorderAreErasedAndBlanksToTheRowsEndClearedNotSpelledOut() {
    ScreenBuffer before = new ScreenBuffer(new TerminalSize(60, 2), cell(" ", Role.NORMAL));
    for (int x = 0; x < 59; x++) {
      before.setCharacterAt(x, 0, cell("a", Role.NORMAL));
      before.setCharacterAt(x, 1, cell("a", Role.NORMAL));
    }
    before.setCharacterAt(59, 0, cell("│", Role.BORDER));
    ScreenBuffer after = new ScreenBuffer(new TerminalSize(60, 2), cell(" ", Role.NORMAL));
    after.setCharacterAt(59, 0, cell("│", Role.BORDER));
    String sent = new String(Delta.between(before, after, UTF8, true), StandardCharsets.UTF_8);
    assertEquals("\u001b[1H\u001b[m\u001b[59X\r\n\u001b[K", sent);
    String withoutEch =
        new String(Delta.between(before, after, UTF8, false), StandardCharsets.UTF_8);
    assertEquals(
        "\u001b[1H\u001b[m\u001b[K\u001b[59C\u001b[90m│\r\n\u001b[m\u001b[K",
        withoutEch,
        "without ECH, the row is cleared and its border written again");
  }

  @Test
  void attributesChangeInOneSequenceByTheShorterWay() {
    ScreenBuffer before = new ScreenBuffer(new TerminalSize(3, 1), cell(" ", Role.NORMAL));
    ScreenBuffer after = new ScreenBuffer(new TerminalSize(3, 1), cell(" ", Role.NORMAL));
    after.setCharacterAt(0, 0, cell("a", Role.HEADING)); // bold cyan
    after.setCharacterAt(1, 0, cell("b", Role.DIM)); // grey
    after.setCharacterAt(2, 0, cell("c", Role.PANE_TITLE)); // bold cyan again
    String sent = new String(Delta.between(before, after, UTF8, true), StandardCharsets.UTF_8);
    assertEquals("\u001b[1H\u001b[0;1;36ma\u001b[0;90mb\u001b[1;36mc", sent);
  }

  @Test
  void aShortGapIsSentAgainAndALongOneJumpedWithinTheRow() {
    ScreenBuffer before = new ScreenBuffer(new TerminalSize(40, 1), cell(" ", Role.NORMAL));
    for (int x = 0; x < 40; x++) {
      before.setCharacterAt(x, 0, cell("a", Role.NORMAL));
    }
    ScreenBuffer after = new ScreenBuffer(new TerminalSize(40, 1), cell(" ", Role.NORMAL));
    before.copyTo(after);
    after.setCharacterAt(0, 0, cell("b", Role.NORMAL));
    after.setCharacterAt(3, 0, cell("b", Role.NORMAL));
    after.setCharacterAt(30, 0, cell("b", Role.NORMAL));
    String sent = new String(Delta.between(before, after, UTF8, true), StandardCharsets.UTF_8);
    assertEquals("\u001b[1H\u001b[mbaab\u001b[26Cb", sent);
    assertFalse(sent.contains(";"), "no absolute move within the row");
  }
}
