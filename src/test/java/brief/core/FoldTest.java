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
}
