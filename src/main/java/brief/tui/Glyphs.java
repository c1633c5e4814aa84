package brief.tui;

import brief.render.Sanitizer;

/**
 * The characters the reader draws with, Unicode or plain ASCII ({@code --ascii}, or a terminal
 * whose charset is not UTF-8), and how briefing text is made safe to draw.
 */
public record Glyphs(
    boolean ascii,
    String horizontal,
    String vertical,
    String topLeft,
    String topRight,
    String bottomLeft,
    String bottomRight,
    String high,
    String normal,
    String low,
    String bar,
    String pointer,
    String ellipsis,
    String dot,
    String dash,
    String paragraph,
    String openQuote,
    String closeQuote,
    String checked,
    String unchecked,
    String unread,
    String changed) {

  public static final Glyphs UNICODE =
      new Glyphs(
          false, "─", "│", "┌", "┐", "└", "┘", "●", "○", "·", "▌", "▶", "…", "·", "—", "¶", "“",
          "”", "[x]", "[ ]", "N", "U");
  public static final Glyphs ASCII =
      new Glyphs(
          true, "-", "|", "+", "+", "+", "+", "*", "o", ".", "#", ">", "~", "-", "--", "P", "\"",
          "\"", "[x]", "[ ]", "N", "U");

  /** Briefing text as one safe line: controls escaped, transliterated in ASCII mode. */
  public String text(String raw) {
    return Sanitizer.shown(raw, ascii);
  }
}
