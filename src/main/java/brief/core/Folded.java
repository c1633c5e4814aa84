package brief.core;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Text folded for the fidelity check (runs of white space to one space, curly quotation marks and
 * apostrophes to straight ones), each char mapped back to the paragraph and the char of the
 * original it came from.
 */
record Folded(String text, int[] paragraph, int[] offset) {

  /** Folds a text on its own, without keeping where each char came from. */
  static String fold(String s) {
    Builder b = new Builder();
    b.append(0, s, 0, s.length());
    return b.build().text();
  }

  static char foldChar(char c) {
    return switch (c) {
      case '‘', '’', '‚', '‛', '′' -> '\'';
      case '“', '”', '„', '‟', '″', '«', '»', '「', '」', '『', '』' -> '"';
      default -> Character.isWhitespace(c) || c == '\u00a0' ? ' ' : c;
    };
  }

  /**
   * Whether the char at {@code i} is a quotation mark: a double one, or a single one not between
   * letters (where it is an apostrophe).
   */
  static boolean quotationMark(String s, int i) {
    char f = foldChar(s.charAt(i));
    return f == '"'
        || f == '\''
            && !(i > 0
                && i + 1 < s.length()
                && Character.isLetterOrDigit(s.charAt(i - 1))
                && Character.isLetterOrDigit(s.charAt(i + 1)));
  }

  /** {@code s} without its quotation marks (see {@link #quotationMark}). */
  static String unquoted(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (!quotationMark(s, i)) {
        b.append(s.charAt(i));
      }
    }
    return b.toString();
  }

  /** The first {@code term} at or after {@code from} that starts and ends on a word boundary. */
  int find(String term, int from) {
    return find(text, term, from);
  }

  static int find(String text, String term, int from) {
    int at = text.indexOf(term, Math.max(0, from));
    while (at >= 0 && !(boundaryBefore(text, at) && boundaryAfter(text, at + term.length()))) {
      at = text.indexOf(term, at + 1);
    }
    return term.isEmpty() ? -1 : at;
  }

  /** No word goes on across this point from the left: the quote does not start mid-word. */
  static boolean boundaryBefore(String text, int at) {
    return at == 0
        || at >= text.length()
        || !(word(text.codePointBefore(at)) && word(text.codePointAt(at)));
  }

  static boolean boundaryAfter(String text, int end) {
    return end >= text.length()
        || end == 0
        || !(word(text.codePointBefore(end)) && word(text.codePointAt(end)));
  }

  private static boolean word(int cp) {
    return Character.isLetterOrDigit(cp);
  }

  /** The index of the char that came from char {@code at} of paragraph {@code p}, or -1. */
  int indexOf(int p, int at) {
    int lo = 0;
    int hi = text.length() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c =
          paragraph[mid] != p
              ? Integer.compare(paragraph[mid], p)
              : Integer.compare(offset[mid], at);
      if (c == 0) {
        return mid;
      }
      if (c < 0) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return -1;
  }

  /** The chars [from, to) as marks in the original, one per paragraph they touch. */
  List<SourceText.Mark> marks(int from, int to) {
    List<SourceText.Mark> marks = new ArrayList<>();
    int i = from;
    while (i < to) {
      if (text.charAt(i) == ' ') {
        i++;
        continue;
      }
      int p = paragraph[i];
      int start = offset[i];
      int last = i;
      while (last + 1 < to && paragraph[last + 1] == p) {
        last++;
      }
      if (text.charAt(last) == ' ' && last > i) {
        last--;
      }
      marks.add(new SourceText.Mark(p, start, offset[last] + 1));
      i = last + 1;
      while (i < to && paragraph[i] == p) {
        i++;
      }
    }
    return marks;
  }

  static final class Builder {
    private final StringBuilder text = new StringBuilder();
    private int[] paragraph = new int[64];
    private int[] offset = new int[64];

    /** Appends {@code s[from, to)} of paragraph {@code p}, folded. */
    Builder append(int p, String s, int from, int to) {
      for (int i = from; i < to; i++) {
        char c = foldChar(s.charAt(i));
        if (c == ' ' && (text.length() == 0 || text.charAt(text.length() - 1) == ' ')) {
          continue;
        }
        add(c, p, i);
      }
      return this;
    }

    /** Appends paragraph {@code p}, folded, leaving out its quotation marks. */
    Builder appendUnquoted(int p, String s) {
      int from = 0;
      for (int i = 0; i <= s.length(); i++) {
        if (i == s.length() || quotationMark(s, i)) {
          append(p, s, from, i);
          from = i + 1;
        }
      }
      return this;
    }

    /** A single space where a paragraph break joins two pieces. */
    Builder space(int p, int offsetInP) {
      if (text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
        add(' ', p, offsetInP);
      }
      return this;
    }

    boolean isEmpty() {
      return text.length() == 0;
    }

    private void add(char c, int p, int i) {
      int n = text.length();
      if (n == paragraph.length) {
        paragraph = Arrays.copyOf(paragraph, n * 2);
        offset = Arrays.copyOf(offset, n * 2);
      }
      paragraph[n] = p;
      offset[n] = i;
      text.append(c);
    }

    Folded build() {
      int n = text.length();
      while (n > 0 && text.charAt(n - 1) == ' ') {
        n--;
      }
      return new Folded(
          text.substring(0, n), Arrays.copyOf(paragraph, n), Arrays.copyOf(offset, n));
    }
  }
}
