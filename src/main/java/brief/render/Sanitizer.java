package brief.render;

import brief.core.UnsafeText;

/**
 * Makes untrusted text safe for a terminal. C0 controls (but tab and newline), DEL, C1 controls and
 * bidirectional controls are shown visibly as {@code \}{@code uXXXX}, so an escape sequence in a
 * briefing can neither move the cursor nor reorder the text. Unpaired surrogates become U+FFFD.
 */
public final class Sanitizer {
  private Sanitizer() {}

  /** Unsafe ({@link UnsafeText}), or half of a surrogate pair on its own. */
  private static boolean isUnsafe(int cp) {
    return UnsafeText.isUnsafe(cp) || Character.isSurrogate((char) cp) && cp <= 0xffff;
  }

  /** The text with unsafe characters escaped; tabs and newlines kept. */
  public static String clean(String text) {
    if (isClean(text)) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            cp -> {
              if (Character.isSurrogate((char) cp) && cp <= 0xffff) {
                b.append('\uFFFD');
              } else if (isUnsafe(cp)) {
                b.append(String.format("\\u%04x", cp));
              } else {
                b.appendCodePoint(cp);
              }
            });
    return b.toString();
  }

  /** The text with every lone surrogate replaced by U+FFFD; all else untouched. */
  public static String wellFormed(String text) {
    if (!UnsafeText.hasLoneSurrogate(text)) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp ->
                b.appendCodePoint(Character.isSurrogate((char) cp) && cp <= 0xffff ? 0xFFFD : cp));
    return b.toString();
  }

  /**
   * Text as one safe line, transliterated to plain ASCII when {@code ascii}: how briefing text is
   * shown.
   */
  public static String shown(String raw, boolean ascii) {
    String line = line(raw);
    return ascii ? Ascii.transliterate(line) : line;
  }

  /** One line: cleaned, with every run of white space (newlines, tabs) made one space. */
  public static String line(String text) {
    String cleaned = clean(text);
    if (isOneLine(cleaned)) {
      return cleaned;
    }
    StringBuilder b = new StringBuilder(cleaned.length());
    boolean space = false;
    for (int i = 0; i < cleaned.length(); i++) {
      char c = cleaned.charAt(i);
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
        space = true;
      } else {
        if (space && b.length() > 0) {
          b.append(' ');
        }
        space = false;
        b.append(c);
      }
    }
    return b.toString();
  }

  /** No newline or tab, no two spaces together, none at either end. */
  private static boolean isOneLine(String text) {
    char previous = ' ';
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\t' || c == ' ' && previous == ' ') {
        return false;
      }
      previous = c;
    }
    return previous != ' ' || text.isEmpty();
  }

  private static boolean isClean(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20
          ? c != '\t' && c != '\n'
          : (c >= 0x7f && c <= 0x9f)
              || c == 0x061c
              || (c >= 0x200e && c <= 0x2069 && UnsafeText.isBidiControl(c))
              || Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
