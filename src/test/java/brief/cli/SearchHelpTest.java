package brief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What {@code search --help} promises of spellings is what search does: each claim of {@link
 * SearchCommand#SPELLING_PROMISE} run on a briefing in native spellings and one in English ones.
 */
class SearchHelpTest {
  private static final String SPELLINGS = "src/test/resources/spellings";

  private static List<String> texts(String query) {
    Cli.Result r = Cli.brief("search", query, "--format", "json", "--library", SPELLINGS);
    return r.out().lines().filter(l -> l.contains("\"text\"")).toList();
  }

  private static boolean finds(String query, String word) {
    return texts(query).stream().anyMatch(t -> t.contains(word));
  }

  @Test
  void theHelpSaysWhatTheSpellingRulesDo() {
    String help = Cli.brief("search", "--help").out().replaceAll("\\s+", " ");
    assertTrue(help.contains(SearchCommand.SPELLING_PROMISE), help);
  }

  @Test
  void theNativeSpellingFindsBothEnglishOnes() {
    assertTrue(finds("Şuşa", "Shusha"));
    assertTrue(finds("Şuşa", "Susa"));
  }

  @Test
  void eachEnglishSpellingFindsTheNativeOne() {
    assertTrue(finds("Shusha", "Şuşa"));
    assertTrue(finds("Susa", "Şuşa"));
  }

  @Test
  void oneEnglishSpellingDoesNotFindTheOther() {
    assertFalse(texts("Susa").isEmpty());
    assertFalse(
        texts("Susa").stream().anyMatch(t -> t.contains("Shusha") && !t.contains("Susa")),
        String.join("\n", texts("Susa")));
  }

  @Test
  void theHelpsOwnExampleFindsSomething() {
    assertEquals(0, Cli.brief("search", "susa", "--count", "--library", SPELLINGS).code());
  }
}
