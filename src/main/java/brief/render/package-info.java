/**
 * Turns core data into what a terminal or a script receives: plain text wrapped by display width,
 * CommonMark, JSON. Home of the one sanitizer of untrusted text ({@link Sanitizer}), of display
 * widths ({@link DisplayWidth}) and wrapping ({@link Wrap}), shared by every printed format and by
 * the reader.
 *
 * <p>May import {@code brief.core} and Jackson's streaming writer; nothing else of ours.
 */
package brief.render;
