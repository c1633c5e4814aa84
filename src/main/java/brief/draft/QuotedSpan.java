package brief.draft;

/**
 * One run of text between quotation marks inside one paragraph (numbered from 1): {@code open} is
 * the index of the opening mark, {@code close} of the closing one (the paragraph's length when the
 * quotation runs on into the next paragraph). {@code continued} marks a part that reopens a
 * quotation left open in the paragraph before.
 */
record QuotedSpan(
    int paragraph, int open, int close, String text, boolean runsOn, boolean continued) {}
