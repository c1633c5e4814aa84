package brief.tui;

/**
 * A wrapped paragraph inside an item: a marker on its first line (a bullet, a quotation mark), text
 * in a role, and a left indent for every line.
 */
public record Para(int indent, String marker, Role markerRole, String text, Role role) {
  public static Para plain(int indent, String text, Role role) {
    return new Para(indent, "", Role.NORMAL, text, role);
  }
}
