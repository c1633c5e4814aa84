package brief.core;

import java.util.Map;

/**
 * The one table of quotation marks, for the fidelity check and for drafting: each opening mark and
 * the marks that close it, in the conventions of the press: “…” and ‘…’ (English), "…" and '…'
 * (typewriter), «…» (French, Russian), „…“ and ‚…‘ (German), „…” (Polish, Hungarian), »…« (German,
 * Danish), 「…」 and 『…』 (Japanese, Chinese).
 *
 * <p>Some marks open in one convention and close in another ({@code “} closes {@code „}; {@code »}
 * closes {@code «}): the quotation already open decides. A single mark between two letters is an
 * apostrophe ({@code Azerbaijan’s}), never a quotation mark.
 */
public final class QuotationMarks {
  private QuotationMarks() {}

  private static final Map<Character, String> CLOSERS =
      Map.ofEntries(
          Map.entry('“', "”"),
          Map.entry('‘', "’"),
          Map.entry('"', "\""),
          Map.entry('\'', "'"),
          Map.entry('«', "»"),
          Map.entry('„', "“”"),
          Map.entry('‚', "‘’"),
          Map.entry('»', "«"),
          Map.entry('‟', "”"),
          Map.entry('「', "」"),
          Map.entry('『', "』"));

  /** The opening marks, and every mark, as strings: a scan of an article asks for each char. */
  private static final String OPENERS = openers();

  private static final String MARKS = OPENERS + "”’»」』“";

  private static String openers() {
    StringBuilder b = new StringBuilder();
    CLOSERS.keySet().forEach(b::append);
    return b.toString();
  }

  /** Whether {@code c} may open a quotation. */
  public static boolean opens(char c) {
    return (c >= 0xAB || c == '"' || c == '\'') && OPENERS.indexOf(c) >= 0;
  }

  /** Whether {@code close} ends a quotation opened with {@code open}. */
  public static boolean closes(char open, char close) {
    String closers = CLOSERS.get(open);
    return closers != null && closers.indexOf(close) >= 0;
  }

  /** Whether {@code c} is a quotation mark of any convention, opening or closing. */
  public static boolean isMark(char c) {
    return (c >= 0xAB || c == '"' || c == '\'') && MARKS.indexOf(c) >= 0;
  }

  /** Whether {@code text} holds any quotation mark: most statements hold none. */
  public static boolean anyIn(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isMark(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Single marks double as apostrophes and primes: they open or close only where words allow. */
  public static boolean single(char c) {
    return c == '‘' || c == '’' || c == '\'' || c == '‚';
  }

  /**
   * Whether the mark at {@code i} stands where a quotation opens: at the start of the text or after
   * a space, dash or bracket, and before a non-space.
   */
  public static boolean openingPlace(String s, int i) {
    boolean before =
        i == 0
            || Character.isWhitespace(s.charAt(i - 1))
            || "([{—–-/".indexOf(s.charAt(i - 1)) >= 0
            || isMark(s.charAt(i - 1));
    boolean after = i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1));
    return before && after;
  }

  /**
   * Whether the mark at {@code i} stands where a quotation closes: after a non-space, and before
   * the end, a space or punctuation (not a letter or digit).
   */
  public static boolean closingPlace(String s, int i) {
    boolean before = i > 0 && !Character.isWhitespace(s.charAt(i - 1));
    boolean after = i + 1 >= s.length() || !Character.isLetterOrDigit(s.charAt(i + 1));
    return before && after;
  }
}
