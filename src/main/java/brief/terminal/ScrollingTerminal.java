package brief.terminal;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A terminal that may scroll a band of its rows itself (a scroll region, DECSTBM), so that a view
 * moved by whole lines costs only its new lines. {@link BriefScreen#scroll} asks for it through
 * {@code Scrollable.scrollLines}, and moves its copy of the screen the same way.
 */
interface ScrollingTerminal {
  /** Whether this terminal scrolls; when not, the screen is repainted cell by cell instead. */
  boolean scrolls();

  /**
   * Terminals known to keep a scroll region as the VT100 did (terminfo's {@code csr}): the DEC VTs
   * from the VT100 on, xterm and the emulators that call themselves xterm-256color, tmux, GNU
   * screen, the Linux console, and emulators that name themselves (rxvt, st, alacritty, PuTTY,
   * foot, kitty, WezTerm, Konsole, GNOME's). Anything else (ansi, unknown names) is repainted:
   * correct everywhere, only slower.
   */
  static boolean scrolls(String term) {
    String t = term == null ? "" : term.toLowerCase(Locale.ROOT);
    return t.equals("st") || t.matches(SCROLLING);
  }

  /** The names of those terminals, each with whatever variant follows ({@code -256color}, ...). */
  String SCROLLING =
      "(xterm|tmux|screen|linux|rxvt|st-|stterm|alacritty|putty|foot|kitty|wezterm|konsole|gnome"
          + "|vt[1-5][0-9][0-9]).*";

  /**
   * Scrolls rows {@code first} to {@code last} (0-based) up by {@code distance} rows, down when
   * negative. The attributes are reset first: a terminal fills the uncovered rows with the current
   * background colour (back-colour erase), while the screen's copy has them blank and default. Line
   * feeds at the region's bottom and reverse indexes at its top scroll on every such terminal; the
   * region is reset after (which homes the cursor: the refresh then places it). A terminal not
   * known to scroll refuses.
   */
  static byte[] sequence(boolean scrolls, int first, int last, int distance) {
    if (!scrolls) {
      throw new UnsupportedOperationException("TERM names no terminal known to scroll a region");
    }
    StringBuilder b = new StringBuilder("\u001b[0m\u001b[");
    b.append(first + 1).append(';').append(last + 1).append('r');
    b.append("\u001b[").append((distance > 0 ? last : first) + 1).append(";1H");
    int n = Math.min(Math.abs(distance), last - first + 1);
    for (int i = 0; i < n; i++) {
      b.append(distance > 0 ? "\n" : "\u001bM");
    }
    return b.append("\u001b[r").toString().getBytes(StandardCharsets.US_ASCII);
  }
}
