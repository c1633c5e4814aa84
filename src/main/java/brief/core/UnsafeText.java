package brief.core;

/**
 * What must never reach a terminal raw: C0 controls (but tab and newline), DEL, C1 controls, and
 * the bidirectional controls that reorder text on screen. The one definition, used by the loader
 * (to refuse them) and by every renderer (to show them escaped).
 */
public final class UnsafeText {
  private UnsafeText() {}

  public static boolean isControl(int cp) {
    return (cp < 0x20 && cp != '\t' && cp != '\n') || (cp >= 0x7f && cp <= 0x9f);
  }

  public static boolean isBidiControl(int cp) {
    return (cp >= 0x202a && cp <= 0x202e)
        || (cp >= 0x2066 && cp <= 0x2069)
        || cp == 0x200e
        || cp == 0x200f
        || cp == 0x061c;
  }

  public static boolean isUnsafe(int cp) {
    return isControl(cp) || isBidiControl(cp);
  }

  /** True when the text holds half of a surrogate pair on its own (not a character). */
  public static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }
}
