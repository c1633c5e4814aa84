package brief.tui;

/** What the reader receives: a typed character, a special key, or a new terminal size. */
public sealed interface Input {
  /** A printable character, as typed. */
  record Key(int codePoint) implements Input {
    public static Key of(char c) {
      return new Key(c);
    }
  }

  /**
   * Ctrl and a letter whose meaning depends on where the keys go (Ctrl-F is a page down while
   * reading, a letter right in the prompt); {@code letter} is lower case.
   */
  record Ctrl(char letter) implements Input {}

  /**
   * The library's files changed on disk and were read again: its briefings, problems, and the files
   * of each id that several share.
   */
  record LibraryChanged(
      java.util.List<brief.core.Briefing> briefings,
      java.util.List<String> problems,
      java.util.Map<String, java.util.List<String>> duplicates)
      implements Input {}

  /** The terminal now has this many columns and rows. */
  record Resize(int columns, int rows) implements Input {}

  /** Keys that are not characters. */
  enum Special implements Input {
    UP,
    DOWN,
    LEFT,
    RIGHT,
    PAGE_UP,
    PAGE_DOWN,
    HOME,
    END,
    TAB,
    BACK_TAB,
    ENTER,
    ESCAPE,
    BACKSPACE,
    REPAINT,
    INTERRUPT,
    SUSPEND
  }
}
