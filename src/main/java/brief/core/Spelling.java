package brief.core;

import java.text.Normalizer;

/**
 * Spelling equivalences of Azerbaijani and Turkish names in English texts: ə is a or e, ş is s or
 * sh, ç is c or ch, ğ is g or gh, x is x or kh, q is q or g. These are alternatives, not a fold:
 * {@code Şuşa} must find both {@code Shusha} and {@code Susa}, and each of those must find {@code
 * Şuşa}, while {@code Shusha} need not find {@code Susa}. So the special letters are kept when text
 * is folded ({@link #fold}) and the matcher tries their alternatives on either side.
 */
public final class Spelling {
  private Spelling() {}

  /**
   * The equivalence table, as docs/search.md shows it: a letter and what else it may be written as.
   */
  public static final String[][] TABLE = {
    {"ə", "a", "e"}, {"ş", "sh", "s"}, {"ç", "ch", "c"}, {"ğ", "gh", "g"}, {"x", "kh"}, {"q", "g"}
  };

  /** The other spellings of a folded char, longest first; null for a plain char. */
  static String[] alternatives(char c) {
    return switch (c) {
      case 'ə' -> A_E;
      case 'ş' -> SH_S;
      case 'ç' -> CH_C;
      case 'ğ' -> GH_G;
      case 'x' -> KH;
      case 'q' -> G;
      default -> null;
    };
  }

  private static final String[] A_E = {"a", "e"};
  private static final String[] SH_S = {"sh", "s"};
  private static final String[] CH_C = {"ch", "c"};
  private static final String[] GH_G = {"gh", "g"};
  private static final String[] KH = {"kh"};
  private static final String[] G = {"g"};

  /** The folded form of one code point: as {@link Fold}, the special letters kept (lower-case). */
  static String foldCodePoint(int cp) {
    return switch (cp) {
      case 'ə', 'Ə' -> "ə";
      case 'ş', 'Ş' -> "ş";
      case 'ç', 'Ç' -> "ç";
      case 'ğ', 'Ğ' -> "ğ";
      default ->
          cp < 0x80
              ? String.valueOf((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp))
              : Fold.foldCodePoint(cp);
    };
  }

  /**
   * Text folded for matching (case, accents, the letters of {@link Letters}), the special letters
   * kept.
   */
  public static String fold(String text) {
    // As map(), without the origins: the reader folds whole briefings with this.
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      char c = text.charAt(i);
      if (c < 0x80) {
        out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      if (Character.getType(cp) == Character.NON_SPACING_MARK) {
        return map(text).text();
      }
      out.append(foldCodePoint(cp));
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /** Folded text with, for each char, the index in the original of the char it came from. */
  static Fold.Mapped map(String text) {
    // Typed input may come decomposed (s + combining cedilla): compose it so ş is one letter.
    return Normalizer.isNormalized(text, Normalizer.Form.NFC)
        ? mapComposed(text)
        : mapDecomposed(text);
  }

  /** {@link #foldCodePoint} as a function. Not a method reference: start-up path of a search. */
  private static final java.util.function.IntFunction<String> FOLD_CODE_POINT =
      new java.util.function.IntFunction<>() {
        @Override
        public String apply(int cp) {
          return foldCodePoint(cp);
        }
      };

  private static Fold.Mapped mapComposed(String text) {
    return Fold.map(text, FOLD_CODE_POINT);
  }

  /**
   * As map() for text that is not in NFC: each composed char maps back to where its base letter
   * was.
   */
  private static Fold.Mapped mapDecomposed(String text) {
    StringBuilder composed = new StringBuilder();
    java.util.List<Integer> starts = new java.util.ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int end = i + Character.charCount(text.codePointAt(i));
      while (end < text.length()
          && Character.getType(text.codePointAt(end)) == Character.NON_SPACING_MARK) {
        end += Character.charCount(text.codePointAt(end));
      }
      String piece = Normalizer.normalize(text.substring(i, end), Normalizer.Form.NFC);
      for (int k = 0; k < piece.length(); k++) {
        starts.add(i);
      }
      composed.append(piece);
      i = end;
    }
    Fold.Mapped inner = mapComposed(composed.toString());
    int[] origin = new int[inner.origin().length];
    for (int k = 0; k < origin.length; k++) {
      origin[k] = starts.get(inner.origin()[k]);
    }
    return new Fold.Mapped(inner.text(), origin);
  }

  /**
   * Where {@code term} (folded) matches {@code text} (folded) from {@code from} on: the [start,
   * end) of the first match in the folded text, or null.
   */
  static int[] find(CharSequence text, String term, int from) {
    if (term.isEmpty()) {
      return null;
    }
    for (int i = Math.max(0, from); i < text.length(); i++) {
      int end = matchAt(text, i, term, 0);
      if (end >= 0) {
        return new int[] {i, end};
      }
    }
    return null;
  }

  /** The end in {@code text} of a match of {@code term[j..]} starting at {@code text[i]}, or -1. */
  private static int matchAt(CharSequence text, int i, String term, int j) {
    while (true) {
      if (j == term.length()) {
        return i;
      }
      if (i == text.length()) {
        return -1;
      }
      char t = text.charAt(i);
      char p = term.charAt(j);
      String[] byTerm = alternatives(p);
      String[] byText = alternatives(t);
      if (byTerm == null && byText == null) {
        if (t != p) {
          return -1;
        }
        i++;
        j++;
        continue;
      }
      if (t == p) {
        int end = matchAt(text, i + 1, term, j + 1);
        if (end >= 0) {
          return end;
        }
      }
      if (byTerm != null) {
        for (String a : byTerm) {
          if (startsWith(text, i, a)) {
            int end = matchAt(text, i + a.length(), term, j + 1);
            if (end >= 0) {
              return end;
            }
          }
        }
      }
      if (byText != null) {
        for (String a : byText) {
          if (term.startsWith(a, j)) {
            int end = matchAt(text, i + 1, term, j + a.length());
            if (end >= 0) {
              return end;
            }
          }
        }
      }
      return -1;
    }
  }

  private static boolean startsWith(CharSequence text, int at, String prefix) {
    if (at + prefix.length() > text.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (text.charAt(at + k) != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether {@code folded} (text folded by {@link #fold}) holds a match of {@code term}: only where
   * the text has a char a match can begin with, found by {@link String#indexOf(int, int)}. For text
   * searched again and again, as the reader's library list is while a query is typed.
   */
  static boolean containsFolded(String folded, String term) {
    if (term.isEmpty()) {
      return true;
    }
    for (char c : startChars(term.charAt(0)).toCharArray()) {
      for (int i = folded.indexOf(c); i >= 0; i = folded.indexOf(c, i + 1)) {
        if (matchAt(folded, i, term, 0) >= 0) {
          return true;
        }
      }
    }
    return false;
  }

  /** The chars of a text where a match of a term beginning with {@code p} may begin. */
  private static String startChars(char p) {
    return switch (p) {
      case 'a', 'e' -> p + "ə";
      case 's' -> "sş";
      case 'c' -> "cç";
      case 'g' -> "gğq";
      case 'k' -> "kx";
      case 'ə' -> "əae";
      case 'ş' -> "şs";
      case 'ç' -> "çc";
      case 'ğ' -> "ğg";
      case 'x' -> "xk";
      case 'q' -> "qg";
      default -> String.valueOf(p);
    };
  }

  /** Whether {@code text}, folded, holds a match of {@code term} (folded). */
  static boolean contains(String text, String term) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return find(map(text).text(), term, 0) != null;
      }
    }
    // Plain ASCII, the common case: matched as it is, lower-cased on the fly, with no copy.
    return find(new AsciiLower(text), term, 0) != null;
  }

  /** An ASCII string seen lower-cased. */
  private record AsciiLower(String s) implements CharSequence {
    @Override
    public int length() {
      return s.length();
    }

    @Override
    public char charAt(int index) {
      char c = s.charAt(index);
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    @Override
    public CharSequence subSequence(int start, int end) {
      return new AsciiLower(s.substring(start, end));
    }

    @Override
    public String toString() {
      return s;
    }
  }
}
