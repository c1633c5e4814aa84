package brief.render;

/**
 * How printed text looks where colour is allowed: ANSI SGR codes of the 16-colour palette only, so
 * the user's own theme decides the actual colours. Off, every call is the identity.
 */
public record Style(boolean color) {
  public static final Style PLAIN = new Style(false);

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
