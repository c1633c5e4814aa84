package brief.core;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Folds text for matching: case-, accent- and locale-insensitive. Diacritics are stripped by
 * canonical decomposition, and letters that Unicode does not decompose are mapped by hand (ə→e,
 * ı→i, ø→o, ł→l, đ→d, ß→ss, …), so {@code ŞUŞA}, {@code susa} and {@code Şuşa} fold alike.
 * Lower-casing uses {@link Locale#ROOT}: under a Turkish locale {@code I} must still fold to {@code
 * i}.
 */
public final class Fold {
  private Fold() {}

  private static final String[] ASCII = new String[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      ASCII[c] = String.valueOf(c);
    }
  }

  /** The folded text, and for each of its chars the index of the char it came from. */
  public record Mapped(String text, int[] origin) {}

  public static String fold(String text) {
    return FOLDED.of(text);
  }

  private static final TextMemo<String> FOLDED =
      new TextMemo<>(200, 256) {
        @Override
        String make(String text) {
          return compute(text);
        }
      };

  private static String compute(String text) {
    boolean ascii = true;
    for (int i = 0; i < text.length() && ascii; i++) {
      ascii = text.charAt(i) < 0x80;
    }
    if (ascii) {
      char[] chars = text.toCharArray();
      for (int i = 0; i < chars.length; i++) {
        if (chars[i] >= 'A' && chars[i] <= 'Z') {
          chars[i] += 32;
        }
      }
      return new String(chars);
    }
    // As map(), without keeping where each char came from: searching needs only the text.
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (cp < 0x80) {
        out.append(cp >= 'A' && cp <= 'Z' ? (char) (cp + 32) : (char) cp);
      } else {
        out.append(foldCodePoint(cp));
      }
      i += Character.charCount(cp);
    }
    return out.toString();
  }

  /**
   * Whether {@code text}, folded, contains {@code term} (folded already): the same answer as {@code
   * fold(text).contains(term)}, without making the folded copy. Searching a large library calls
   * this for every text, and the copies were most of its garbage.
   */
  public static boolean contains(String text, String term) {
    if (term.isEmpty()) {
      return true;
    }
    char first = term.charAt(0);
    for (int i = 0; i < text.length(); ) {
      char c = text.charAt(i);
      if (c < 0x80) {
        // The common case, and cheap to rule out: an ASCII char folds to itself, lower-cased.
        if ((c >= 'A' && c <= 'Z' ? (char) (c + 32) : c) == first && matchesAt(text, i, 0, term)) {
          return true;
        }
        i++;
        continue;
      }
      int cp = text.codePointAt(i);
      int width = foldCodePoint(cp).length();
      // A match may begin inside a code point's folded form ("ß" folds to "ss").
      for (int k = 0; k < width; k++) {
        if (matchesAt(text, i, k, term)) {
          return true;
        }
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  /**
   * Whether the folded text, from char {@code skip} of the fold of the code point at {@code i},
   * starts with {@code term}.
   */
  private static boolean matchesAt(String text, int i, int skip, String term) {
    int j = 0;
    while (j < term.length()) {
      if (i >= text.length()) {
        return false;
      }
      int cp = text.codePointAt(i);
      if (cp < 0x80) {
        char c = cp >= 'A' && cp <= 'Z' ? (char) (cp + 32) : (char) cp;
        if (c != term.charAt(j)) {
          return false;
        }
        j++;
      } else {
        String folded = foldCodePoint(cp);
        for (int k = skip; k < folded.length() && j < term.length(); k++, j++) {
          if (folded.charAt(k) != term.charAt(j)) {
            return false;
          }
        }
      }
      skip = 0;
      i += Character.charCount(cp);
    }
    return true;
  }

  public static Mapped map(String text) {
    return map(text, Fold::foldCodePoint);
  }

  /** As {@link #map(String)}, each non-ASCII code point folded by {@code fold}. */
  static Mapped map(String text, java.util.function.IntFunction<String> fold) {
    StringBuilder out = new StringBuilder(text.length());
    int[] origin = new int[text.length() * 2 + 4];
    int i = 0;
    // ASCII needs no table: lower-case it in place, one char for one char.
    while (i < text.length() && text.charAt(i) < 0x80) {
      char c = text.charAt(i);
      origin[i] = i;
      out.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
      i++;
    }
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      String folded = fold.apply(cp);
      for (int k = 0; k < folded.length(); k++) {
        if (out.length() == origin.length) {
          origin = java.util.Arrays.copyOf(origin, origin.length * 2);
        }
        origin[out.length()] = i;
        out.append(folded.charAt(k));
      }
      i += Character.charCount(cp);
    }
    return new Mapped(out.toString(), java.util.Arrays.copyOf(origin, out.length()));
  }

  /** Folded forms of the code points below U+3000, computed once each, on first use. */
  private static final String[] TABLE = new String[0x3000];

  static String foldCodePoint(int cp) {
    if (cp < 0x80) {
      return ASCII[Character.toLowerCase(cp)];
    }
    if (cp < TABLE.length) {
      String known = TABLE[cp];
      if (known == null) {
        known = computeFold(cp);
        TABLE[cp] = known;
      }
      return known;
    }
    return computeFold(cp);
  }

  private static String computeFold(int cp) {
    String special = special(cp);
    if (special != null) {
      return special;
    }
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK) {
      return "";
    }
    String decomposed =
        Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder(decomposed.length());
    decomposed
        .codePoints()
        .filter(c -> Character.getType(c) != Character.NON_SPACING_MARK)
        .forEach(
            c -> {
              String s = special(c);
              b.append(s != null ? s : new String(Character.toChars(c)).toLowerCase(Locale.ROOT));
            });
    return b.toString();
  }

  /** What a letter or a typographic mark folds to, when decomposition does not say. */
  private static String special(int cp) {
    String letter = Letters.ascii(cp);
    if (letter != null) {
      return letter.toLowerCase(Locale.ROOT);
    }
    return switch (cp) {
      case '‘', '’', '‚', '′' -> "'";
      case '“', '”', '„', '″' -> "\"";
      case '–', '—', '‒', '−' -> "-";
      case '\u00a0', '\u2009', '\u202f' -> " ";
      default -> null;
    };
  }
}
