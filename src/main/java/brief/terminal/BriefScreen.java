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
 *   <li>a short run of unchanged cells between two changed ones is sent again rather than jumped
 *       over: Lanterna moves the cursor over every such gap, and a move ({@code ESC[12;34H}) costs
 *       more than the few characters it skips.
 * </ul>
 */
final class BriefScreen extends TerminalScreen {
  /** The longest gap, in bytes of its characters, that is cheaper to send than to jump over. */
  private static final int GAP = 6;

  /** A cell that equals no character: the refresh sends what the frame has there. */
  private static final TextCharacter RESEND = new Resend();

  private final boolean scrolls;

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
    if (getTerminal() instanceof Clipboard c) {
      c.copy(text);
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

  /** A delta refresh, with short gaps between changed cells sent again (see the class comment). */
  void refreshDelta() throws IOException {
    ScreenBuffer back = getBackBuffer();
    ScreenBuffer front = getFrontBuffer();
    int columns = Math.min(back.getSize().getColumns(), front.getSize().getColumns());
    int rows = Math.min(back.getSize().getRows(), front.getSize().getRows());
    for (int y = 0; y < rows; y++) {
      int lastChanged = -1;
      for (int x = 0; x < columns; x++) {
        if (back.getCharacterAt(x, y).equals(front.getCharacterAt(x, y))) {
          continue;
        }
        if (lastChanged >= 0
            && x - lastChanged > 1
            && cheaperToResend(back, lastChanged + 1, x, y)) {
          for (int g = lastChanged + 1; g < x; g++) {
            front.setCharacterAt(g, y, RESEND);
          }
        }
        lastChanged = x;
      }
    }
    refresh(RefreshType.DELTA);
  }

  /**
   * Whether cells [from, to) of row y cost less sent again than jumped over: single-width, at most
   * GAP bytes, and in the attributes of the changed cells on both sides (else the attribute changes
   * would cost more than the cursor move).
   */
  private static boolean cheaperToResend(ScreenBuffer back, int from, int to, int y) {
    TextCharacter before = back.getCharacterAt(from - 1, y);
    int bytes = 0;
    for (int x = from - 1; x <= to; x++) {
      TextCharacter c = back.getCharacterAt(x, y);
      if (c.isDoubleWidth() && x < to || !sameAttributes(c, before)) {
        return false;
      }
      if (x >= from && x < to) {
        bytes += Scroll.bytes(c.getCharacterString());
      }
    }
    return bytes <= GAP;
  }

  private static boolean sameAttributes(TextCharacter a, TextCharacter b) {
    return a.getForegroundColor().equals(b.getForegroundColor())
        && a.getBackgroundColor().equals(b.getBackgroundColor())
        && a.getModifiers().equals(b.getModifiers());
  }

  /** Equal to nothing but itself: a cell the terminal is taken not to show correctly. */
  private static final class Resend extends TextCharacter {
    Resend() {
      super(TextCharacter.fromCharacter(' ')[0]);
    }

    @Override
    public boolean equals(Object other) {
      return other == this;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(this);
    }
  }
}
