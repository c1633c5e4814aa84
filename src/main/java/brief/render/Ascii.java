package brief.render;

import brief.core.Letters;
import brief.script.Latin;
import java.text.Normalizer;

/**
 * Transliterates text to plain ASCII for {@code --ascii} and for terminals whose charset is not
 * UTF-8: letters of other scripts are spelled in Latin ones ({@link Latin}: Сергей → Sergey, 水 →
 * shui), diacritics are dropped, letters that do not decompose are mapped (ə→e, ß→ss), typographic
 * punctuation becomes its ASCII form (“”→", —→--), and only a character with no ASCII form at all
 * (a symbol, an emoji) is written as its code point, {@code <U+1F30D>}, never as {@code ?}.
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
    String latin =
        mayHaveOtherScripts(text) && Latin.needed(text) ? otherScriptsInLatin(text) : text;
    StringBuilder b = new StringBuilder(text.length() + 8);
    latin.codePoints().forEach(cp -> b.append(of(cp)));
    return b.toString();
  }

  /**
   * Whether {@code text} has a letter outside the blocks that hold only Latin letters (below the
   * Greek block, Latin Extended Additional) and punctuation: a check that costs no class loading,
   * so that a briefing in Latin letters never loads {@link Latin} (nor Unicode's script tables).
   */
  private static boolean mayHaveOtherScripts(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x370
          && !(c >= 0x1E00 && c <= 0x1EFF)
          && !(c >= 0x2000 && c <= 0x2BFF)
          && (Character.isSurrogate(c) || Character.isLetter(c))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Each run of another script's letters (and their marks) spelled in Latin letters by {@link
   * Latin}, the rest left to {@link #of}: punctuation between them keeps the one ASCII form it has
   * everywhere else. ICU's transliterators load only here, for text that needs them.
   */
  private static String otherScriptsInLatin(String text) {
    StringBuilder b = new StringBuilder(text.length() + 8);
    int runStart = -1;
    for (int i = 0; i <= text.length(); ) {
      int cp = i < text.length() ? text.codePointAt(i) : ' ';
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      boolean other =
          i < text.length()
              && script != Character.UnicodeScript.LATIN
              && script != Character.UnicodeScript.COMMON
              && (script != Character.UnicodeScript.INHERITED || runStart >= 0);
      if (other && runStart < 0) {
        runStart = i;
      } else if (!other && runStart >= 0) {
        b.append(Latin.ascii(text.substring(runStart, i)));
        runStart = -1;
      }
      if (!other && i < text.length()) {
        b.appendCodePoint(cp);
      }
      i += i < text.length() ? Character.charCount(cp) : 1;
    }
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
