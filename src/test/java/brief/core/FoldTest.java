package brief.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FoldTest {
  @Test
  void foldsCaseAndAccentsWhateverTheDefaultLocale() {
    assertEquals("susa", Fold.fold("ŞUŞA"));
    assertEquals("susa", Fold.fold("Şuşa"));
    assertEquals("ilham", Fold.fold("İlham"));
    assertEquals("ilham", Fold.fold("ILHAM"));
    assertEquals("lenkeran", Fold.fold("Lənkəran"));
    assertEquals("eliyev", Fold.fold("ƏLİYEV"));
  }

  @Test
  void mapsLettersUnicodeDoesNotDecompose() {
    assertEquals("o", Fold.fold("ø"));
    assertEquals("l", Fold.fold("ł"));
    assertEquals("d", Fold.fold("đ"));
    assertEquals("strasse", Fold.fold("Straße"));
  }

  @Test
  void everyWordOfAQueryMustMatchAndPhrasesMatchAsWritten() {
    Query q = Query.parse("energy \"global markets\"");
    assertTrue(q.matchesAny(List.of("Energy flows to global markets")));
    assertFalse(q.matchesAny(List.of("Energy flows to markets that are global")));
  }

  @Test
  void matchSpansPointIntoTheOriginalText() {
    String text = "Talks in Şuşa, then ŞUŞA again";
    List<int[]> spans = Query.parse("susa").spans(text);
    assertEquals(2, spans.size());
    assertEquals("Şuşa", text.substring(spans.get(0)[0], spans.get(0)[1]));
    assertEquals("ŞUŞA", text.substring(spans.get(1)[0], spans.get(1)[1]));
  }

  @Test
  void containsAnswersAsTheFoldedCopyWouldForEveryTextAndTerm() {
    String[] alphabet = {
      "a", "S", "s", "ß", "ẞ", "İ", "ı", "I", "i", "ə", "Ə", "æ", "e", "é", "\u0301", "😀", "’",
      "'", " ", "Ş", "u", "\u00a0", "œ", "o"
    };
    java.util.Random random = new java.util.Random(42);
    for (int round = 0; round < 20_000; round++) {
      String text = randomText(random, alphabet, random.nextInt(8));
      String term =
          random.nextBoolean()
              ? Fold.fold(randomText(random, alphabet, 1 + random.nextInt(3)))
              : Fold.fold(text).substring(0, 0)
                  + Fold.fold(text)
                      .substring(Math.min(random.nextInt(4), Fold.fold(text).length()));
      assertEquals(
          Fold.fold(text).contains(term),
          Fold.contains(text, term),
          () -> "'" + text + "' contains '" + term + "'");
    }
    assertTrue(Fold.contains("Straße", "ss"));
    assertTrue(Fold.contains("Straße", "sse"));
    assertTrue(Fold.contains("ŞUŞA and Lənkəran", "lenk"));
    assertFalse(Fold.contains("Şuşa", "susan"));
  }

  private static String randomText(java.util.Random random, String[] alphabet, int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      b.append(alphabet[random.nextInt(alphabet.length)]);
    }
    return b.toString();
  }
}
