/**
 * The only Lanterna code: maps key strokes to reader inputs, paints frames onto a Lanterna {@code
 * Screen}, and runs the loop (read → update → view → paint), on the process's own terminal or on
 * one over a pair of streams ({@link brief.terminal.RemoteReader}, for {@code brief serve}). Also
 * mends Lanterna's writing of non-ASCII characters (whole code points, no stray NUL bytes).
 *
 * <p>May import Lanterna, {@code brief.tui}, {@code brief.render} and {@code brief.core}.
 */
package brief.terminal;
