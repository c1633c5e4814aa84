package brief.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SanitizerTest {
  @Test
  void lineCollapsesEveryRunOfWhiteSpaceAndTrimsTheEnds() {
    assertEquals("a b c", Sanitizer.line("  a\n\tb  c \n"));
    assertEquals("", Sanitizer.line(" \n "));
    assertEquals("Şuşa talks", Sanitizer.line("Şuşa talks"));
  }

  @Test
  void lineShowsControlAndBidiCharactersEscaped() {
    assertEquals(
        "\\u001b[31mred \\u202eevil \\u000d", Sanitizer.line("\u001b[31mred\n\u202eevil \r"));
  }

  @Test
  void lineMatchesSplittingOnWhiteSpaceForAnyCleanText() {
    String[] alphabet = {"a", "ə", " ", " ", "\n", "\t", "b", "😀"};
    Random random = new Random(7);
    for (int round = 0; round < 20_000; round++) {
      StringBuilder b = new StringBuilder();
      for (int i = random.nextInt(10); i > 0; i--) {
        b.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String text = b.toString();
      String expected = String.join(" ", text.strip().split("[ \n\t]+"));
      assertEquals(expected, Sanitizer.line(text), () -> "line of '" + text + "'");
    }
  }
}
