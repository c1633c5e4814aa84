package brief.terminal;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.Scrollable;
import com.googlecode.lanterna.screen.ScreenBuffer;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;

/**
 * Lanterna's screen, spending fewer bytes on a delta refresh over a slow link:
 *
 * <ul>
 *   <li>a band of rows is scrolled by the terminal itself ({@link #scroll}), and the screen's copy
 *       of what the terminal shows moves with it, so that the refresh sends only what the scroll
 *       got wrong;
 *   <li>a refresh is encoded by {@link Delta} where the terminal takes raw bytes: erases for
 *       blanks, one SGR sequence per change, short moves.
 * </ul>
 */
final class BriefScreen extends TerminalScreen {
  private final boolean scrolls;

  /** Whether the cursor is hidden on the terminal (the reader never shows it). */
  private boolean cursorHidden;

  BriefScreen(Terminal terminal) throws IOException {
    super(terminal);
    this.scrolls = terminal instanceof ScrollingTerminal t && t.scrolls();
  }

  /** Whether the terminal scrolls a band of rows itself. */
  boolean scrolls() {
    return scrolls;
  }

  /** Sends {@code text} to the terminal's clipboard, where the terminal takes it (OSC 52). */
  void copy(String text) throws IOException {
    if (getTerminal() instanceof RawTerminal raw) {
      raw.send(Clipboard.sequence(text));
    }
  }

  /**
   * Scrolls the band on the terminal now, and in the screen's copy of it, before the frame is
   * written and refreshed by delta. Only where {@link #scrolls}. The rows it uncovers are blank
   * with default attributes on the terminal: in the copy they hold {@code blank}, the frame's own
   * blank cell, when it looks the same, so that the refresh sends only their text.
   */
  void scroll(Scroll scroll, TextCharacter blank) throws IOException {
    ((Scrollable) getTerminal()).scrollLines(scroll.top(), scroll.bottom(), scroll.distance());
    ScreenBuffer front = getFrontBuffer();
    front.scrollLines(scroll.top(), scroll.bottom(), scroll.distance());
    getBackBuffer().scrollLines(scroll.top(), scroll.bottom(), scroll.distance());
    if (blank.getForegroundColor() == TextColor.ANSI.DEFAULT
        && blank.getBackgroundColor() == TextColor.ANSI.DEFAULT
        && blank.getModifiers().isEmpty()
        && blank.getCharacterString().equals(" ")) {
      int uncovered = Math.abs(scroll.distance());
      int first = scroll.distance() > 0 ? scroll.bottom() - uncovered + 1 : scroll.top();
      for (int y = first; y < first + uncovered; y++) {
        for (int x = 0; x < front.getSize().getColumns(); x++) {
          front.setCharacterAt(x, y, blank);
        }
      }
    }
  }

  /** Sends what changed since the last refresh (see {@link Delta}). */
  void refreshDelta() throws IOException {
    if (getTerminal() instanceof RawTerminal raw) {
      send(raw, Delta.between(getFrontBuffer(), getBackBuffer(), raw::encode, raw.erases()));
    } else {
      refresh(RefreshType.DELTA);
    }
  }

  /** Clears the terminal and sends the whole screen (Ctrl-L, a resize). */
  void repaint() throws IOException {
    if (getTerminal() instanceof RawTerminal raw) {
      send(raw, Delta.repaint(getBackBuffer(), raw::encode, raw.erases()));
    } else {
      refresh(RefreshType.COMPLETE);
    }
  }

  private void send(RawTerminal raw, byte[] bytes) throws IOException {
    if (!cursorHidden && getCursorPosition() == null) {
      getTerminal().setCursorVisible(false);
      cursorHidden = true;
    }
    raw.send(bytes);
    getBackBuffer().copyTo(getFrontBuffer());
  }

  @Override
  public synchronized void startScreen() throws IOException {
    super.startScreen();
    cursorHidden = false;
  }
}
