package brief.draft;

/**
 * The quotation marks of the languages draft reads, and which mark closes which: English “…” and
 * ‘…’, straight "…" and '…', Russian and Azerbaijani «…» (with „…“ or «…» nested inside), German
 * „…“ (and ‚…‘ nested), Polish-style „…”; German »…« closes as a pair but is not yet opened, since
 * {@code validate} does not read it as a quotation. A double mark opens a quotation anywhere; a
 * single one only inside another (alone it cannot be told from an apostrophe), and a straight
 * apostrophe only at a word's edge. The other helper's validator keeps its own table in {@code
 * brief.core}; this one is draft's, so that each can change without the other.
 */
final class QuotationMarks {
  private QuotationMarks() {}

  /** Whether {@code c} may open a quotation at this depth (0: none open yet). */
  static boolean opens(char c, int depth) {
    return switch (c) {
      case '“', '„', '‟', '«', '"' -> true;
      case '»' -> false; // German »…« waits for the validator to read it (a shared table)
      case '‘', '‚', '\'' -> depth > 0;
      default -> false;
    };
  }

  /** Whether {@code c} closes a quotation opened with {@code opener}. */
  static boolean closes(char opener, char c) {
    return switch (opener) {
      case '“', '‟' -> c == '”';
      case '„' -> c == '“' || c == '”';
      case '«' -> c == '»';
      case '»' -> c == '«';
      case '"' -> c == '"';
      case '‘' -> c == '’';
      case '‚' -> c == '‘' || c == '’';
      case '\'' -> c == '\'';
      default -> false;
    };
  }

  /** Whether {@code c} is a quotation mark of any kind (for "this paragraph has quotations"). */
  static boolean isMark(char c) {
    return "“”„‟«»\"".indexOf(c) >= 0;
  }

  /** Whether a mark is a single one, which needs a word's edge to count (not "don't"). */
  static boolean isSingle(char c) {
    return c == '‘' || c == '’' || c == '\'' || c == '‚';
  }
}
