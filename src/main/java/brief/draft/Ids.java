package brief.draft;

import brief.core.Fold;
import brief.script.Latin;

/**
 * Kebab-case ids ({@code [a-z0-9]+(-[a-z0-9]+)*}) made from names: accents folded away, other
 * scripts spelled in Latin letters (Сергей Лавров: sergey-lavrov).
 */
final class Ids {
  private Ids() {}

  static final String PATTERN = "[a-z0-9]+(-[a-z0-9]+)*";

  static String kebab(String name) {
    String folded = Fold.fold(Latin.needed(name) ? Latin.ascii(name) : name);
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
