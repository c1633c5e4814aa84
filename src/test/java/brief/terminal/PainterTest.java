package brief.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.core.Briefing;
import brief.load.BriefingLoader;
import brief.tui.Frame;
import brief.tui.Glyphs;
import brief.tui.Input;
import brief.tui.ReaderState;
import brief.tui.Size;
import brief.tui.Update;
import brief.tui.View;
import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Frames painted onto Lanterna's virtual terminal: cells, colours, wide characters, a resize. */
class PainterTest {
  private DefaultVirtualTerminal terminal;
  private BriefScreen screen;

  private static final String BUNDLED =
      "src/test/resources/frozen/us-azerbaijan-partnership-2025.yaml";

  private static ReaderState reader(String path, int columns, int rows) throws Exception {
    Briefing b = new BriefingLoader().load(Path.of(path), path);
    return ReaderState.start(List.of(b), new Size(columns, rows), Glyphs.UNICODE);
  }

  private Painter painter(int columns, int rows, Palette palette) throws Exception {
    terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
    screen = new BriefScreen(terminal);
    screen.startScreen();
    return new Painter(screen, palette);
  }

  @AfterEach
  void stop() throws Exception {
    if (screen != null) {
      screen.stopScreen();
    }
  }

  private String row(int y, int columns) {
    StringBuilder b = new StringBuilder();
    for (int x = 0; x < columns; x++) {
      TextCharacter c = terminal.getCharacter(x, y);
      b.append(c.getCharacterString());
      if (c.isDoubleWidth()) {
        x++;
      }
    }
    return b.toString().stripTrailing();
  }

  @Test
  void everyCellOfTheFrameReachesTheTerminal() throws Exception {
    Painter p = painter(80, 24, Palette.colour());
    ReaderState s = reader(BUNDLED, 80, 24);
    Frame frame = View.of(s);
    assertTrue(p.paint(frame, true));
    for (int y = 0; y < 24; y++) {
      assertEquals(frame.row(y), row(y, 80), "row " + y);
    }
  }

  @Test
  void colourModeUsesTheSixteenAnsiColoursAndSelectionIsReverseVideo() throws Exception {
    Painter p = painter(80, 24, Palette.colour());
    ReaderState s = reader(BUNDLED, 80, 24);
    p.paint(View.of(s), true);
    TextCharacter selected = terminal.getCharacter(4, 4);
    assertTrue(selected.getModifiers().contains(SGR.REVERSE), selected.toString());
    TextCharacter banner = terminal.getCharacter(2, 0);
    assertTrue(
        banner.getModifiers().contains(SGR.REVERSE) && banner.getModifiers().contains(SGR.BOLD));
    TextCharacter border = terminal.getCharacter(0, 3);
    assertEquals(TextColor.ANSI.BLACK_BRIGHT, border.getForegroundColor());
    for (int y = 0; y < 24; y++) {
      for (int x = 0; x < 80; x++) {
        TextColor fg = terminal.getCharacter(x, y).getForegroundColor();
        assertTrue(fg instanceof TextColor.ANSI, "only the 16 ANSI colours: " + fg);
      }
    }
  }

  @Test
  void withoutColourEveryCellIsDefaultColouredAndTheSelectionStillShows() throws Exception {
    Painter p = painter(80, 24, Palette.mono());
    ReaderState s = reader(BUNDLED, 80, 24);
    p.paint(
        View.of(
            brief.tui.Update.apply(
                brief.tui.Update.apply(s, new Input.Key('/')), new Input.Key('e'))),
        true);
    boolean reverse = false;
    for (int y = 0; y < 24; y++) {
      for (int x = 0; x < 80; x++) {
        TextCharacter c = terminal.getCharacter(x, y);
        assertEquals(TextColor.ANSI.DEFAULT, c.getForegroundColor());
        assertEquals(TextColor.ANSI.DEFAULT, c.getBackgroundColor());
        reverse |= c.getModifiers().contains(SGR.REVERSE);
      }
    }
    assertTrue(reverse);
  }

  @Test
  void wideCharactersTakeTwoColumnsAndTheBorderStaysInPlace() throws Exception {
    Painter p = painter(80, 24, Palette.colour());
    ReaderState s = reader("src/test/resources/library/mekong-data-2023.yaml", 80, 24);
    Frame frame = View.of(Update.apply(Update.apply(s, new Input.Key('j')), new Input.Key('l')));
    p.paint(frame, true);
    for (int y = 0; y < 24; y++) {
      assertEquals(frame.row(y), row(y, 80), "row " + y);
    }
  }

  @Test
  void aResizeRepaintsTheNewLayoutWithNothingLeftOver() throws Exception {
    Painter p = painter(100, 30, Palette.colour());
    ReaderState s = reader(BUNDLED, 100, 30);
    p.paint(View.of(s), true);
    terminal.setTerminalSize(new TerminalSize(40, 12));
    ReaderState small = Update.apply(s, new Input.Resize(40, 12));
    Frame frame = View.of(small);
    assertTrue(p.paint(frame, false));
    for (int y = 0; y < 12; y++) {
      assertEquals(frame.row(y), row(y, 40), "row " + y);
    }
    assertFalse(row(4, 40).contains("││"), "the narrow layout shows one pane");
  }

  @Test
  void aFrameForAnOldSizeIsReportedStale() throws Exception {
    Painter p = painter(80, 24, Palette.colour());
    ReaderState s = reader(BUNDLED, 80, 24);
    terminal.setTerminalSize(new TerminalSize(60, 20));
    assertFalse(p.paint(View.of(s), false));
  }

  /** The reader painted onto a terminal over a stream, as {@code brief serve} does. */
  private static final class Wire {
    final java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    final ChannelTerminal terminal;
    final BriefScreen screen;
    final Painter painter;
    int since;

    Wire(int columns, int rows, String term) throws Exception {
      this(columns, rows, term, false);
    }

    Wire(int columns, int rows, String term, boolean hyperlinks) throws Exception {
      terminal =
          new ChannelTerminal(
              new java.io.ByteArrayInputStream(new byte[0]),
              bytes,
              java.nio.charset.StandardCharsets.UTF_8,
              new TerminalSize(columns, rows),
              term);
      screen = new BriefScreen(terminal);
      screen.startScreen();
      painter = new Painter(screen, Palette.colour(), hyperlinks);
    }

    /** The terminal after everything written since the last resize. */
    brief.cli.AnsiScreen screen(int columns, int rows) {
      brief.cli.AnsiScreen ansi = new brief.cli.AnsiScreen(columns, rows);
      ansi.feed(java.util.Arrays.copyOfRange(bytes.toByteArray(), since, bytes.size()));
      return ansi;
    }

    /** Paints the frame; returns the bytes written for it. */
    String paint(Frame frame, boolean full) throws Exception {
      int before = bytes.size();
      assertTrue(painter.paint(frame, full));
      return new String(
          java.util.Arrays.copyOfRange(bytes.toByteArray(), before, bytes.size()),
          java.nio.charset.StandardCharsets.UTF_8);
    }

    /** What a terminal shows after everything written since the last resize. */
    String shown(int columns, int rows) {
      brief.cli.AnsiScreen ansi = new brief.cli.AnsiScreen(columns, rows);
      ansi.feed(java.util.Arrays.copyOfRange(bytes.toByteArray(), since, bytes.size()));
      return ansi.text();
    }
  }

  /**
   * Keys through the summary, the help, a section beside the sections list and a resize, each frame
   * painted onto a terminal over a stream and read back: the screen is exactly the frame every
   * time. Returns everything written after the first paint.
   */
  private static String scrollThrough(String path, String term) throws Exception {
    Wire wire = new Wire(100, 30, term);
    ReaderState s = reader(path, 100, 30);
    wire.paint(View.of(s), true);
    KeyMap keys = new KeyMap();
    StringBuilder written = new StringBuilder();
    for (String key : new String[] {"sjjjkjj bb", "\u001b?jjj\u001b", "8ljjjjjkk b", "hjljjjjjj"}) {
      for (char c : key.toCharArray()) {
        for (Input input : keys.map(new com.googlecode.lanterna.input.KeyStroke(c, false, false))) {
          s = Update.apply(s, input);
        }
        Frame frame = View.of(s);
        written.append(wire.paint(frame, false));
        assertEquals(frame.plain(), wire.shown(100, 30), "after " + c + " of " + key);
      }
    }
    wire.terminal.resize(new TerminalSize(80, 24));
    s = Update.apply(s, new Input.Resize(80, 24));
    wire.since = wire.bytes.size();
    Frame small = View.of(s);
    wire.paint(small, false);
    assertEquals(small.plain(), wire.shown(80, 24), "after the resize");
    for (char c : "kkkj".toCharArray()) {
      s = Update.apply(s, new Input.Key(c));
      Frame frame = View.of(s);
      written.append(wire.paint(frame, false));
      assertEquals(frame.plain(), wire.shown(80, 24), "after " + c + " at 80x24");
    }
    return written.toString();
  }

  @Test
  void aTerminalThatScrollsShowsExactlyEachFrameAfterScrolls() throws Exception {
    String written = scrollThrough(BUNDLED, "xterm-256color");
    assertTrue(written.contains("\u001b[5;28r"), "the summary's box was scrolled by the terminal");
    scrollThrough("src/test/resources/library/mekong-data-2023.yaml", "tmux-256color");
    scrollThrough("src/test/resources/tall/tall-point.yaml", "linux");
  }

  @Test
  void aTerminalNotKnownToScrollShowsEachFrameAndIsNeverAskedToScroll() throws Exception {
    String written = scrollThrough(BUNDLED, "ansi");
    assertFalse(written.matches("(?s).*\u001b\\[\\d+;\\d+r.*"), "no scroll region");
  }

  @Test
  void aOneLineScrollOfTheSummarySendsTheNewLineAndLittleElse() throws Exception {
    Wire wire = new Wire(100, 30, "xterm-256color");
    ReaderState s = Update.apply(reader(BUNDLED, 100, 30), new Input.Key('s'));
    wire.paint(View.of(s), true);
    ReaderState down = Update.apply(s, new Input.Key('j'));
    String bytes = wire.paint(View.of(down), false);
    assertTrue(bytes.getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= 200, bytes);
    String newLine = View.of(down).row(27).substring(1).strip().replace("│", "").strip();
    assertTrue(bytes.contains(newLine), "the line scrolled in is sent: " + newLine);
  }

  @Test
  void theArticlesAddressOpensItWhereTheTerminalShowsHyperlinksAndIsPlainTextElsewhere()
      throws Exception {
    String url = "https://www.azernews.az/analysis/244938.html";
    for (boolean hyperlinks : new boolean[] {true, false}) {
      Wire wire = new Wire(100, 30, "xterm-256color", hyperlinks);
      wire.paint(View.of(reader("briefings/us-azerbaijan-partnership-2025.yaml", 100, 30)), true);
      brief.cli.AnsiScreen shown = wire.screen(100, 30);
      int row = -1;
      for (int y = 0; y < 30 && row < 0; y++) {
        row = shown.row(y).contains(url) ? y : -1;
      }
      assertTrue(row >= 0, shown.text());
      int x = shown.row(row).indexOf("https://");
      // Columns, not chars: the row's borders before the address are one column each.
      int column = (int) shown.row(row).substring(0, x).codePoints().count();
      assertEquals(hyperlinks ? url : "", shown.link(column, row));
      assertEquals(hyperlinks ? url : "", shown.link(column + url.length() - 1, row));
      assertEquals("", shown.link(column + url.length(), row));
      assertEquals("", shown.link(column - 1, row));
      assertFalse(shown.linkOpen());
    }
  }

  @Test
  void codePointsAreEncodedWholeWithoutNulBytes() {
    assertEquals("c3 a9", hex(CodePoints.encode("é", java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(
        "c5 9e c9 99 6b 69",
        hex(CodePoints.encode("Şəki", java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(
        "f0 9f 8c 8a", hex(CodePoints.encode("🌊", java.nio.charset.StandardCharsets.UTF_8)));
    assertEquals(
        "61 62", hex(CodePoints.encode("a\u001bb", java.nio.charset.StandardCharsets.UTF_8)));
  }

  private static String hex(byte[] bytes) {
    StringBuilder b = new StringBuilder();
    for (byte x : bytes) {
      b.append(b.length() == 0 ? "" : " ").append(String.format("%02x", x & 0xff));
    }
    return b.toString();
  }
}
