/**
 * The only Lanterna code: maps key strokes to reader inputs, paints frames onto a Lanterna
 * {@code Screen}, and runs the loop (read → update → view → paint). Also mends Lanterna's
 * writing of non-ASCII characters (whole code points, no stray NUL bytes).
 *
 * <p>May import Lanterna, {@code brief.tui}, {@code brief.render} and {@code brief.core}.
 */
package brief.terminal;
