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
   * Terminals known to keep a scroll region as xterm does: xterm and its many emulators (which call
   * themselves xterm-256color), tmux, GNU screen and the Linux console. Anything else (vt100
   * look-alikes, unknown names) is repainted: correct everywhere, only slower.
   */
  static boolean scrolls(String term) {
    String t = term == null ? "" : term.toLowerCase(Locale.ROOT);
    return t.startsWith("xterm")
        || t.startsWith("tmux")
        || t.startsWith("screen")
        || t.equals("linux");
  }

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
