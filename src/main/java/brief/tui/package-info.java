/**
 * The interactive reader as pure functions: {@link brief.tui.ReaderState} (what the reader shows
 * and where the cursor is), {@link brief.tui.Update} ({@code update(state, input) → state}) and
 * {@link brief.tui.View} ({@code view(state, size) → frame}, a grid of plain text with style runs).
 * No terminal code: tested with plain asserts and golden frames.
 *
 * <p>May import {@code brief.core} and {@code brief.render} (wrapping, widths, sanitizing).
 */
package brief.tui;
