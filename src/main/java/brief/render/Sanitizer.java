package brief.render;

/**
 * Makes untrusted text safe for a terminal. C0 controls (but tab and newline), DEL, C1
 * controls and bidirectional controls are shown visibly as {@code \}{@code uXXXX}, so an
 * escape sequence in a briefing can neither move the cursor nor reorder the text. Unpaired
 * surrogates become U+FFFD.
 */
public final class Sanitizer {
  private Sanitizer() {}

  public static boolean isUnsafe(int cp) {
    return (cp < 0x20 && cp != '\t' && cp != '\n') || (cp >= 0x7f && cp <= 0x9f) || isBidiControl(cp)
        || Character.isSurrogate((char) cp) && cp <= 0xffff;
  }

  public static boolean isBidiControl(int cp) {
    return (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200e
        || cp == 0x200f || cp == 0x061c;
  }

  /** The text with unsafe characters escaped; tabs and newlines kept. */
  public static String clean(String text) {
    if (isClean(text)) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(cp -> {
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
    for (int i = 0; i < text.length(); i++) {
      if (Character.isSurrogate(text.charAt(i))) {
        StringBuilder b = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> b.appendCodePoint(Character.isSurrogate((char) cp) && cp <= 0xffff ? 0xFFFD : cp));
        return b.toString();
      }
    }
    return text;
  }

  /** One line: cleaned, with every run of white space (newlines, tabs) made one space. */
  public static String line(String text) {
    String cleaned = clean(text);
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

  private static boolean isClean(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 ? c != '\t' && c != '\n' : (c >= 0x7f && c <= 0x9f) || c == 0x061c
          || (c >= 0x200e && c <= 0x2069 && isBidiControl(c)) || Character.isSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
