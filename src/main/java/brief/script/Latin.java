package brief.script;

import com.ibm.icu.text.Transliterator;

/**
 * A text in any script spelled in Latin letters: Cyrillic, Georgian, Armenian, Greek, Arabic,
 * Hebrew, Han and the rest. Russian and Armenian go by the BGN/PCGN romanization that
 * English-language press and maps use (Сергей Лавров → Sergey Lavrov, not ISO 9's Sergej); every
 * other script by ICU's {@code Any-Latin} (pinyin for Han). The transliterators are built on first
 * use, never on a lookup that shows only Latin text.
 */
public final class Latin {
  private Latin() {}

  /** {@code text} in Latin letters, diacritics kept (Мария Захарова → Mariya Zakharova). */
  public static String of(String text) {
    return needed(text) ? WithMarks.RULES.transliterate(text) : text;
  }

  /**
   * {@code text} in plain ASCII letters where a Latin spelling exists (Նիկոլ Փաշինյան → Nikol
   * P'ashinyan).
   */
  public static String ascii(String text) {
    return needed(text) ? Ascii.RULES.transliterate(text) : text;
  }

  /** Whether {@code text} has a letter outside the Latin script (so a transliteration helps). */
  public static boolean needed(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (Character.isLetter(cp)
          && Character.UnicodeScript.of(cp) != Character.UnicodeScript.LATIN) {
        return true;
      }
      i += Character.charCount(cp);
    }
    return false;
  }

  private static final String BGN = "Russian-Latin/BGN; Armenian-Latin/BGN; ";

  // Holders: each transliterator is compiled from ICU's rules on first use (tens of ms).
  private static final class WithMarks {
    static final Transliterator RULES = Transliterator.getInstance(BGN + "Any-Latin; NFC");
  }

  private static final class Ascii {
    static final Transliterator RULES = Transliterator.getInstance(BGN + "Any-Latin; Latin-ASCII");
  }
}
