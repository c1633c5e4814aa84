/**
 * The briefing as immutable data, and the pure logic over it: text folding for matching, theme
 * filters, search and the selection of the condensed summary.
 *
 * <p>Optional text fields are the empty string when absent, optional lists are empty, so callers
 * never test for null. This package imports nothing outside the JDK and does no I/O.
 */
package brief.core;
