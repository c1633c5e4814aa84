package brief.render;

/**
 * How printed text looks where colour is allowed: ANSI SGR codes of the 16-colour palette only, so
 * the user's own theme decides the actual colours; and, on a terminal known to show them, OSC 8
 * hyperlinks. Off, every call is the identity.
 */
public record Style(boolean color, boolean hyperlinks) {
  public static final Style PLAIN = new Style(false);

  public Style(boolean color) {
    this(color, false);
  }

  /**
   * {@code shown} as a hyperlink to {@code url} (OSC 8), when hyperlinks are on and the address is
   * a plain http(s) one: printable ASCII only, so that no byte of it can end the sequence early.
   */
  public String link(String url, String shown) {
    if (!hyperlinks || !isPlainWebAddress(url)) {
      return shown;
    }
    return "\u001b]8;;" + url + "\u001b\\" + shown + "\u001b]8;;\u001b\\";
  }

  public static boolean isPlainWebAddress(String url) {
    if (!(url.startsWith("https://") || url.startsWith("http://")) || url.length() > 2000) {
      return false;
    }
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= 0x20 || c >= 0x7f) {
        return false;
      }
    }
    return true;
  }

  public String bold(String s) {
    return wrap("1", s);
  }

  public String dim(String s) {
    return wrap("2", s);
  }

  public String banner(String s) {
    return wrap("1;7", s);
  }

  public String heading(String s) {
    return wrap("1;36", s);
  }

  public String match(String s) {
    return wrap("1;33", s);
  }

  public String error(String s) {
    return wrap("1;31", s);
  }

  public String ok(String s) {
    return wrap("32", s);
  }

  private String wrap(String sgr, String s) {
    return color && !s.isEmpty() ? "\u001b[" + sgr + "m" + s + "\u001b[0m" : s;
  }
}
