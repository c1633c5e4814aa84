package brief.render;

/**
 * How many terminal columns a character takes: 0 for combining marks and zero-width
 * characters, 2 for East Asian wide and fullwidth characters and emoji, else 1. The
 * ranges follow Unicode's East Asian Width (W and F) and the emoji blocks, as terminals
 * following wcwidth do.
 */
public final class DisplayWidth {
  private DisplayWidth() {}

  public static int of(int cp) {
    if (cp == 0) {
      return 0;
    }
    if (cp < 0x300) {
      return 1;
    }
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT || cp == 0x200b || (cp >= 0x1160 && cp <= 0x11ff)) {
      return 0;
    }
    return isWide(cp) ? 2 : 1;
  }

  public static int of(String s) {
    int width = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      width += of(cp);
      i += Character.charCount(cp);
    }
    return width;
  }

  static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115f)
        || cp == 0x2329 || cp == 0x232a
        || (cp >= 0x231a && cp <= 0x231b)
        || (cp >= 0x23e9 && cp <= 0x23ec) || cp == 0x23f0 || cp == 0x23f3
        || (cp >= 0x25fd && cp <= 0x25fe)
        || (cp >= 0x2614 && cp <= 0x2615)
        || (cp >= 0x2648 && cp <= 0x2653)
        || cp == 0x267f || cp == 0x2693 || cp == 0x26a1 || (cp >= 0x26aa && cp <= 0x26ab)
        || (cp >= 0x26bd && cp <= 0x26be) || (cp >= 0x26c4 && cp <= 0x26c5) || cp == 0x26ce
        || cp == 0x26d4 || cp == 0x26ea || (cp >= 0x26f2 && cp <= 0x26f3) || cp == 0x26f5
        || cp == 0x26fa || cp == 0x26fd || cp == 0x2705 || (cp >= 0x270a && cp <= 0x270b)
        || cp == 0x2728 || cp == 0x274c || cp == 0x274e || (cp >= 0x2753 && cp <= 0x2755)
        || cp == 0x2757 || (cp >= 0x2795 && cp <= 0x2797) || cp == 0x27b0 || cp == 0x27bf
        || (cp >= 0x2b1b && cp <= 0x2b1c) || cp == 0x2b50 || cp == 0x2b55
        || (cp >= 0x2e80 && cp <= 0x303e)
        || (cp >= 0x3041 && cp <= 0x33ff)
        || (cp >= 0x3400 && cp <= 0x4dbf)
        || (cp >= 0x4e00 && cp <= 0x9fff)
        || (cp >= 0xa000 && cp <= 0xa4cf)
        || (cp >= 0xa960 && cp <= 0xa97f)
        || (cp >= 0xac00 && cp <= 0xd7a3)
        || (cp >= 0xf900 && cp <= 0xfaff)
        || (cp >= 0xfe10 && cp <= 0xfe19)
        || (cp >= 0xfe30 && cp <= 0xfe6f)
        || (cp >= 0xff00 && cp <= 0xff60)
        || (cp >= 0xffe0 && cp <= 0xffe6)
        || (cp >= 0x16fe0 && cp <= 0x1b2ff)
        || (cp >= 0x1f004 && cp <= 0x1f004) || cp == 0x1f0cf || cp == 0x1f18e
        || (cp >= 0x1f191 && cp <= 0x1f19a)
        || (cp >= 0x1f200 && cp <= 0x1f251)
        || (cp >= 0x1f300 && cp <= 0x1f320) || (cp >= 0x1f32d && cp <= 0x1f335)
        || (cp >= 0x1f337 && cp <= 0x1f37c) || (cp >= 0x1f37e && cp <= 0x1f393)
        || (cp >= 0x1f3a0 && cp <= 0x1f3ca) || (cp >= 0x1f3cf && cp <= 0x1f3d3)
        || (cp >= 0x1f3e0 && cp <= 0x1f3f0) || cp == 0x1f3f4 || (cp >= 0x1f3f8 && cp <= 0x1f43e)
        || cp == 0x1f440 || (cp >= 0x1f442 && cp <= 0x1f4fc) || (cp >= 0x1f4ff && cp <= 0x1f53d)
        || (cp >= 0x1f54b && cp <= 0x1f54e) || (cp >= 0x1f550 && cp <= 0x1f567) || cp == 0x1f57a
        || (cp >= 0x1f595 && cp <= 0x1f596) || cp == 0x1f5a4 || (cp >= 0x1f5fb && cp <= 0x1f64f)
        || (cp >= 0x1f680 && cp <= 0x1f6c5) || cp == 0x1f6cc || (cp >= 0x1f6d0 && cp <= 0x1f6d2)
        || (cp >= 0x1f6d5 && cp <= 0x1f6d7) || (cp >= 0x1f6dc && cp <= 0x1f6df)
        || (cp >= 0x1f6eb && cp <= 0x1f6ec) || (cp >= 0x1f6f4 && cp <= 0x1f6fc)
        || (cp >= 0x1f7e0 && cp <= 0x1f7eb) || cp == 0x1f7f0
        || (cp >= 0x1f90c && cp <= 0x1f93a) || (cp >= 0x1f93c && cp <= 0x1f945)
        || (cp >= 0x1f947 && cp <= 0x1f9ff) || (cp >= 0x1fa70 && cp <= 0x1faff)
        || (cp >= 0x20000 && cp <= 0x2fffd)
        || (cp >= 0x30000 && cp <= 0x3fffd);
  }
}
