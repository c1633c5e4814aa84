package brief.render;

import brief.core.Letters;
import java.text.Normalizer;

/**
 * Transliterates text to plain ASCII for {@code --ascii} and for terminals whose charset is not
 * UTF-8: diacritics are dropped, letters that do not decompose are mapped (ə→e, ß→ss), typographic
 * punctuation becomes its ASCII form (“”→", —→--), and a character with no ASCII form is written as
 * its code point, {@code <U+6C34>}, never as {@code ?}.
 */
public final class Ascii {
  private Ascii() {}

  public static String transliterate(String text) {
    boolean ascii = true;
    for (int i = 0; i < text.length() && ascii; i++) {
      ascii = text.charAt(i) < 0x80;
    }
    if (ascii) {
      return text;
    }
    StringBuilder b = new StringBuilder(text.length() + 8);
    text.codePoints().forEach(cp -> b.append(of(cp)));
    return b.toString();
  }

  static String of(int cp) {
    if (cp < 0x80) {
      return String.valueOf((char) cp);
    }
    String mapped = special(cp);
    if (mapped != null) {
      return mapped;
    }
    int type = Character.getType(cp);
    if (type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.FORMAT) {
      return "";
    }
    String decomposed =
        Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKD);
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (c < 0x80) {
        b.append(c);
      } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
        String s = special(c);
        if (s == null) {
          return String.format("<U+%04X>", cp);
        }
        b.append(s);
      }
    }
    return b.length() > 0 ? b.toString() : String.format("<U+%04X>", cp);
  }

  /** What a letter or a symbol is in ASCII, when decomposition does not say. */
  private static String special(int cp) {
    String letter = Letters.ascii(cp);
    if (letter != null) {
      return letter;
    }
    return switch (cp) {
      case '‘', '’', '‚', '′' -> "'";
      case '“', '”', '„', '″', '«', '»' -> "\"";
      case '–', '‒', '−' -> "-";
      case '—', '―' -> "--";
      case '…' -> "...";
      case '•', '●', '▪', '◆' -> "*";
      case '○', '◦', '▫', '◇' -> "o";
      case '·' -> "-";
      case '¶' -> "P";
      case '§' -> "S";
      case '▶', '►', '›' -> ">";
      case '◀', '◄', '‹' -> "<";
      case '▌', '█', '│', '┃', '║' -> "|";
      case '─', '━', '═' -> "-";
      case '┌', '┐', '└', '┘', '├', '┤', '┬', '┴', '┼', '╭', '╮', '╯', '╰' -> "+";
      case '↑' -> "^";
      case '↓' -> "v";
      case '→' -> "->";
      case '←' -> "<-";
      case '\u00a0', '\u2009', '\u202f', '\u2002', '\u2003' -> " ";
      case '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff' -> "";
      case '©' -> "(c)";
      case '®' -> "(R)";
      case '°' -> "deg";
      case '€' -> "EUR";
      case '£' -> "GBP";
      case '×' -> "x";
      default -> null;
    };
  }
}
