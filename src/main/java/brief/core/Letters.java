package brief.core;

/**
 * Letters that Unicode does not decompose into ASCII, with their usual ASCII spelling (case kept):
 * the one table behind both search folding ({@link Fold}) and plain-ASCII output.
 */
public final class Letters {
  private Letters() {}

  /** The ASCII spelling of {@code cp}, or null when it is not such a letter. */
  public static String ascii(int cp) {
    return switch (cp) {
      case 'ə' -> "e";
      case 'Ə' -> "E";
      case 'ı' -> "i";
      case 'İ' -> "I";
      case 'ø' -> "o";
      case 'Ø' -> "O";
      case 'ł' -> "l";
      case 'Ł' -> "L";
      case 'đ', 'ð' -> "d";
      case 'Đ', 'Ð' -> "D";
      case 'ß' -> "ss";
      case 'ẞ' -> "SS";
      case 'æ' -> "ae";
      case 'Æ' -> "AE";
      case 'œ' -> "oe";
      case 'Œ' -> "OE";
      case 'þ' -> "th";
      case 'Þ' -> "Th";
      case 'ħ' -> "h";
      case 'Ħ' -> "H";
      default -> null;
    };
  }
}
