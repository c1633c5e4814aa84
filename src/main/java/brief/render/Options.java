package brief.render;

/**
 * How to print: the width in columns ({@link #UNWRAPPED} for none), whether to transliterate to
 * ASCII (asked for, or the terminal's charset is not UTF-8), the style (colour on a terminal only),
 * whether record-shaped lines (a table's rows, a label and its value) wrap: not in a pipe, where a
 * script reads one record a line ({@code brief list | wc -l}); and, for ASCII, the Latin spellings
 * the briefings give names in other scripts.
 */
public record Options(
    int width, boolean ascii, Style style, boolean wrapRecords, LatinNames names) {
  public static final int MIN_WIDTH = 20;

  /** The width that means: never wrap. */
  public static final int UNWRAPPED = 0;

  /** How wide a rule is drawn when nothing is wrapped. */
  static final int RULE_WIDTH = 80;

  public Options {
    width = width == UNWRAPPED ? UNWRAPPED : Math.max(MIN_WIDTH, Math.min(width, 1000));
  }

  public Options(int width, boolean ascii, Style style, boolean wrapRecords) {
    this(width, ascii, style, wrapRecords, LatinNames.NONE);
  }

  public Options(int width, boolean ascii, Style style) {
    this(width, ascii, style, true);
  }

  /** These options with the briefings' Latin spellings of names (used only in ASCII). */
  public Options withNames(LatinNames latin) {
    return new Options(width, ascii, style, wrapRecords, latin);
  }

  public static Options plain(int width) {
    return new Options(width, false, Style.PLAIN);
  }

  /** Whether text wraps at all. */
  public boolean wraps() {
    return width != UNWRAPPED;
  }

  /** The columns left for text after {@code used} columns; unbounded when nothing wraps. */
  int room(int used) {
    return wraps() ? width - used : Integer.MAX_VALUE / 2;
  }

  /** The columns left on a record's line: unbounded when records do not wrap. */
  int recordRoom(int used) {
    return wrapRecords ? room(used) : Integer.MAX_VALUE / 2;
  }

  /** How wide a banner's or a separator's rule is. */
  int ruleWidth() {
    return wraps() ? width : RULE_WIDTH;
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
