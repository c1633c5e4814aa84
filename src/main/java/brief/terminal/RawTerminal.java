package brief.terminal;

import java.io.IOException;
import java.util.Locale;

/**
 * A terminal that takes the bytes of a refresh encoded by {@link Delta} rather than by Lanterna,
 * which spends more of them (both of brief's terminals; Lanterna's virtual one in tests does not).
 */
interface RawTerminal {
  /** Writes the bytes and flushes them. */
  void send(byte[] bytes) throws IOException;

  /** A cell's text in the terminal's charset. */
  byte[] encode(String text);

  /** Whether the terminal erases characters in place (ECH); else blanks are written as spaces. */
  boolean erases();

  /**
   * ECH came with the VT220: every terminal known to keep a scroll region has it (see {@link
   * ScrollingTerminal#scrolls(String)}) except the VT100s.
   */
  static boolean erases(String term) {
    return ScrollingTerminal.scrolls(term)
        && !(term == null ? "" : term).toLowerCase(Locale.ROOT).matches("vt1[0-9][0-9].*");
  }
}
