package brief.terminal;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import java.util.EnumSet;

/**
 * A cell's character whose width the reader decides. Lanterna guesses that any character written
 * with more than one Java char (an emoji, a letter with a combining mark) takes two columns, and
 * blanks the next cell; here the width is the one the view laid out with. It may be part of a
 * hyperlink, which {@link Delta} sends as OSC 8.
 */
final class Glyph extends TextCharacter {
  private final boolean wide;
  private final String link;

  Glyph(
      String text,
      TextColor foreground,
      TextColor background,
      EnumSet<SGR> modifiers,
      boolean wide) {
    this(text, foreground, background, modifiers, wide, "");
  }

  /** A cell of a hyperlink to {@code link} (OSC 8), or of none when it is "". */
  Glyph(
      String text,
      TextColor foreground,
      TextColor background,
      EnumSet<SGR> modifiers,
      boolean wide,
      String link) {
    super(TextCharacter.fromString(text, foreground, background, modifiers)[0]);
    this.wide = wide;
    this.link = link;
  }

  /** The address this cell opens, or "". */
  String link() {
    return link;
  }

  @Override
  public boolean isDoubleWidth() {
    return wide;
  }

  @Override
  public boolean equals(Object other) {
    return super.equals(other) && ((Glyph) other).wide == wide && ((Glyph) other).link.equals(link);
  }

  @Override
  public int hashCode() {
    return (super.hashCode() * 31 + (wide ? 1 : 0)) * 31 + link.hashCode();
  }
}
