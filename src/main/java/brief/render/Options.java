package brief.render;

/**
 * How to print: the width in columns, whether to transliterate to ASCII (asked for, or the
 * terminal's charset is not UTF-8), and the style (colour on a terminal only).
 */
public record Options(int width, boolean ascii, Style style) {
  public static final int MIN_WIDTH = 20;

  public Options {
    width = Math.max(MIN_WIDTH, Math.min(width, 1000));
  }

  public static Options plain(int width) {
    return new Options(width, false, Style.PLAIN);
  }

  /** Sanitized, one line, and transliterated when printing ASCII. */
  public String text(String raw) {
    return Sanitizer.shown(raw, ascii);
  }

  /** A typographic symbol, or its ASCII stand-in. */
  public String symbol(String typographic) {
    return ascii ? Ascii.transliterate(typographic) : typographic;
  }
}
