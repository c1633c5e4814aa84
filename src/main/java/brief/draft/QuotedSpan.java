package brief.draft;

/**
 * One run of text between quotation marks inside one paragraph (numbered from 1): {@code open} is
 * the index of the opening mark (-1 when a quotation continues from the paragraph before without a
 * mark), {@code close} of the closing one (the paragraph's length when the quotation runs on into
 * the next paragraph). {@code continued} marks a part that goes on with a quotation left open in
 * the paragraph before; {@code depth} is 0 for a quotation, 1 for one quoted inside it, and so on;
 * {@code opener} is the opening mark.
 */
record QuotedSpan(
    int paragraph,
    int open,
    int close,
    String text,
    boolean runsOn,
    boolean continued,
    int depth,
    char opener) {
  QuotedSpan(int paragraph, int open, int close, String text, boolean runsOn, boolean continued) {
    this(paragraph, open, close, text, runsOn, continued, 0, '"');
  }
}
