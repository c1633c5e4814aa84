package brief.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Where a capitalised word starts a sentence, and so may name nothing (Facts). */
class SentenceStartTest {
  /**
   * The rule as a pattern over all the text before the word: what the scan backwards must equal.
   */
  private static final Pattern RULE = Pattern.compile("(?:^|[.!?:;]\\s+|[\\n(]\\s*)$");

  @Test
  void aWordAfterAFullStopANewLineOrABracketStartsOne() {
    assertTrue(Facts.startsSentence("Baku", 0));
    assertTrue(Facts.startsSentence("It rained. Baku", 11));
    assertTrue(Facts.startsSentence("a list:\n  Baku", 10));
    assertTrue(Facts.startsSentence("(Baku", 1));
    assertFalse(Facts.startsSentence("in Baku", 3));
    assertFalse(Facts.startsSentence("U.S.Baku", 4), "no space after the stop");
    assertFalse(Facts.startsSentence("   Baku", 3), "spaces alone are no sentence");
  }

  @Test
  void theScanAgreesWithTheRuleOnRandomText() {
    Random random = new Random(7);
    // No CR: YAML reads every line break as LF, and the pattern's $ treats a last CR apart.
    String alphabet = "ab .!?:;(\n\t,";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(8);
      for (int i = 0; i < length; i++) {
        b.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String before = b.toString();
      assertEquals(
          RULE.matcher(before).find(),
          Facts.startsSentence(before + "Word", before.length()),
          "'" + before.replace("\n", "\\n") + "'");
    }
  }
}
