package brief.tui;

/**
 * What a cell of the frame is, not how it looks: the painter maps roles to colours, or to bold, dim
 * and reverse video when colour is off, so the reader stays usable under NO_COLOR.
 */
public enum Role {
  NORMAL,
  DIM,
  BOLD,
  BANNER,
  TITLE,
  BORDER,
  PANE_TITLE,
  HEADING,
  SELECTED,
  CURSOR,
  MATCH,
  HIGH,
  EMPTY,
  KEY,
  MESSAGE
}
