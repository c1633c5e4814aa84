package brief.tui;

/**
 * What a cell of the frame is, not how it looks: the painter maps roles to colours, or to bold, dim
 * and reverse video when colour is off, so the reader stays usable under NO_COLOR.
 */
public enum Role {
  NORMAL,
  DIM,
  /** Text that opens the frame's {@link Frame#link} where the terminal shows hyperlinks. */
  LINK,
  BOLD,
  BANNER,
  TITLE,
  BORDER,
  PANE_TITLE,
  HEADING,
  SELECTED,
  CURSOR,
  MATCH,
  /** In the source view, the words a statement stands on (its quote, its date). */
  CITED,
  HIGH,
  EMPTY,
  KEY,
  MESSAGE
}
