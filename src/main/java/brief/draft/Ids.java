package brief.draft;

import brief.core.Fold;

/** Kebab-case ids ({@code [a-z0-9]+(-[a-z0-9]+)*}) made from names: accents folded away. */
final class Ids {
  private Ids() {}

  static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

  static String kebab(String name) {
    String folded = Fold.fold(name);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        b.append(c);
      } else if (c == '\'' || c == '’') {
        continue;
      } else if (b.length() > 0 && b.charAt(b.length() - 1) != '-') {
        b.append('-');
      }
    }
    String id = b.toString().replaceAll("-+$", "");
    return id.length() > 60 ? id.substring(0, 60).replaceAll("-[a-z0-9]*$", "") : id;
  }
}
