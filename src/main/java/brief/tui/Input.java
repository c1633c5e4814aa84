package brief.tui;

/** What the reader receives: a typed character, a special key, or a new terminal size. */
public sealed interface Input {
  /** A printable character, as typed. */
  record Key(int codePoint) implements Input {
    public static Key of(char c) {
      return new Key(c);
    }
  }

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
    SUSPEND,
    HALF_PAGE_DOWN,
    HALF_PAGE_UP
  }
}
