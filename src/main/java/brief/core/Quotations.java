package brief.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the quotations of a text: what stands between an opening and a closing double quotation
 * mark (curly, straight, low or guillemet). A quotation left open at the end of a paragraph goes on
 * when the next paragraph opens with a mark, as a quotation of several paragraphs is written;
 * otherwise it ends with its paragraph. Single quotation marks are not taken for quotations: they
 * cannot be told from apostrophes.
 */
final class Quotations {
  private Quotations() {}

  static List<Folded> of(List<String> paragraphs) {
    List<Folded> found = new ArrayList<>();
    Folded.Builder open = null;
    for (int p = 0; p < paragraphs.size(); p++) {
      String s = paragraphs.get(p);
      int start = 0;
      int first = firstMark(s);
      if (open != null) {
        if (first >= 0 && opens(s.charAt(first))) {
          open.space(p + 1, first);
          start = first + 1;
        } else {
          found.add(open.build());
          open = null;
        }
      }
      for (int i = start; i < s.length(); i++) {
        char c = s.charAt(i);
        boolean straight = c == '"';
        if (open != null && (closes(c) || straight)) {
          open.append(p + 1, s, start, i);
          found.add(open.build());
          open = null;
        } else if (open == null && (opens(c) || straight)) {
          open = new Folded.Builder();
          start = i + 1;
        }
      }
      if (open != null) {
        open.append(p + 1, s, start, s.length());
      }
    }
    if (open != null) {
      found.add(open.build());
    }
    found.removeIf(f -> f.text().isEmpty());
    return found;
  }

  /** The first non-space char of {@code s}, if it is a quotation mark; else -1. */
  private static int firstMark(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i))) {
        return opens(s.charAt(i)) ? i : -1;
      }
    }
    return -1;
  }

  private static boolean opens(char c) {
    return c == '“' || c == '„' || c == '‟' || c == '«' || c == '"';
  }

  private static boolean closes(char c) {
    return c == '”' || c == '»';
  }
}
