package brief.render;

/**
 * How to print: the width in columns, whether to transliterate to ASCII (asked for, or the
 * terminal's charset is not UTF-8), the style (colour on a terminal only), and, for ASCII, the
 * Latin spellings the briefings give names in other scripts.
 */
public record Options(int width, boolean ascii, Style style, LatinNames names) {
  public static final int MIN_WIDTH = 20;

  public Options {
    width = Math.max(MIN_WIDTH, Math.min(width, 1000));
  }

  public Options(int width, boolean ascii, Style style) {
    this(width, ascii, style, LatinNames.NONE);
  }

  /** These options with the briefings' Latin spellings of names (used only in ASCII). */
  public Options withNames(LatinNames latin) {
    return new Options(width, ascii, style, latin);
  }

  public static Options plain(int width) {
    return new Options(width, false, Style.PLAIN);
  }

  /** Sanitized, one line, and transliterated when printing ASCII. */
  public String text(String raw) {
    return ascii ? Ascii.transliterate(names.spell(Sanitizer.line(raw))) : Sanitizer.line(raw);
  }

  /** A typographic symbol, or its ASCII stand-in. */
  public String symbol(String typographic) {
    return ascii ? Ascii.transliterate(typographic) : typographic;
  }
}
