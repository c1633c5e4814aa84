package brief.tui;

import brief.tui.ReaderState.Focus;

/** {@code y}: what the reader hands the terminal's clipboard, and what the status line says. */
final class Copying {
  private Copying() {}

  /**
   * The longest text copied: at most 48,000 bytes of UTF-8, 64,000 of base64, under what the
   * terminal side sends (terminal.Clipboard).
   */
  static final int MOST_COPIED = 16_000;

  /** {@code y}: the item's text and citation, for the loop to send to the terminal's clipboard. */
  static Step copy(ReaderState s) {
    Item item = s.nav().focus() == Focus.CONTENT ? s.currentItem() : null;
    if (item == null || item.copy().isEmpty()) {
      return Step.of(
          s.withMessage("nothing to copy here: y copies a point, a quote or a timeline entry"));
    }
    if (item.copy().length() > MOST_COPIED) {
      return Step.of(s.withMessage("too long to copy through the terminal"));
    }
    String first =
        item.copy()
            .lines()
            .skip(s.briefing().classification().isEmpty() ? 0 : 1)
            .findFirst()
            .orElse("");
    return Step.of(
        s.withMessage("copied with its citation: " + s.glyphs().text(first)),
        new Effect.Copy(item.copy()));
  }
}
