package brief.draft;

import java.util.Set;

/**
 * Sentence ends in article text: a full stop, question or exclamation mark (perhaps inside a
 * closing quotation mark) before white space and a capital or an opening mark, but not after an
 * initial or a common abbreviation ({@code U.S.}, {@code Mr.}, {@code J. Smith}).
 */
final class Sentences {
  private Sentences() {}

  private static final Set<String> ABBREVIATIONS =
      Set.of(
          "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Rep", "Gov", "Col", "Capt", "Lt", "Prof",
          "Jr", "Sr", "No", "Adm", "Sgt", "vs", "etc", "Inc", "Ltd", "Co");

  /**
   * The index just after the first sentence end at or after {@code from} and before {@code to}, or
   * {@code to}.
   */
  static int firstEnd(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isEndAt(text, i, to)) {
        int j = i + 1;
        while (j < to && "”\"’'".indexOf(text.charAt(j)) >= 0) {
          j++;
        }
        return j;
      }
    }
    return to;
  }

  /** Where the last sentence that starts in [{@code from}, {@code to}) begins. */
  static int lastStart(String text, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (isEndAt(text, i, to)) {
        int j = i + 1;
        while (j < to && "”\"’'".indexOf(text.charAt(j)) >= 0) {
          j++;
        }
        while (j < to && Character.isWhitespace(text.charAt(j))) {
          j++;
        }
        return j;
      }
    }
    return from;
  }

  private static boolean isEndAt(String text, int i, int to) {
    char c = text.charAt(i);
    if (c != '.' && c != '!' && c != '?') {
      return false;
    }
    int j = i + 1;
    while (j < to && "”\"’'".indexOf(text.charAt(j)) >= 0) {
      j++;
    }
    if (j >= to) {
      return j == text.length();
    }
    if (!Character.isWhitespace(text.charAt(j))) {
      return false;
    }
    while (j < to && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    if (j < to
        && !(Character.isUpperCase(text.charAt(j))
            || Character.isDigit(text.charAt(j))
            || "“\"‘'(".indexOf(text.charAt(j)) >= 0)) {
      return false;
    }
    if (c == '.') {
      int w = i;
      while (w > 0 && Character.isLetter(text.charAt(w - 1))) {
        w--;
      }
      String word = text.substring(w, i);
      boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
      return !initial && !ABBREVIATIONS.contains(word);
    }
    return true;
  }
}
