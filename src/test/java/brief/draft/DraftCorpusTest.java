package brief.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.core.Fold;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quote finding and attribution measured over the test articles
 * (src/test/resources/draft/articles): every attribution style of the issue, split and
 * multi-paragraph quotes, scare quotes, titles, partial quotes and quotes nobody is named for.
 */
class DraftCorpusTest {
  @Test
  void quoteRecallPrecisionAndSpeakerAccuracyAreEachAtLeastNinetyPercent() throws Exception {
    List<Path> articles = DraftedArticles.articles("articles", ".txt");
    assertTrue(articles.size() >= 10, "at least ten test articles");
    int expected = 0;
    int found = 0;
    int matched = 0;
    int rightSpeaker = 0;
    int wrongNamed = 0;
    java.util.Map<String, int[]> by = new java.util.TreeMap<>();
    List<String> misses = new ArrayList<>();
    for (Path article : articles) {
      List<DraftedArticles.Expected> want = DraftedArticles.expected(article);
      List<Draft.Quote> got = DraftedArticles.draft(article).quotes();
      // Per language and per pattern: expected, found, matched, right speaker, wrong named speaker.
      int[] language =
          by.computeIfAbsent(
              "language " + DraftedArticles.header(article, "language"), k -> new int[5]);
      int[] pattern =
          by.computeIfAbsent(
              "pattern " + DraftedArticles.header(article, "pattern"), k -> new int[5]);
      for (int[] c : List.of(language, pattern)) {
        c[0] += want.size();
        c[1] += got.size();
      }
      expected += want.size();
      found += got.size();
      for (DraftedArticles.Expected e : want) {
        Draft.Quote q = got.stream().filter(g -> same(g.text(), e.text())).findFirst().orElse(null);
        if (q == null) {
          misses.add(article.getFileName() + ": missed \"" + e.text() + "\"");
          continue;
        }
        matched++;
        language[2]++;
        pattern[2]++;
        if (q.speaker().equals(e.speaker())) {
          rightSpeaker++;
          language[3]++;
          pattern[3]++;
        } else {
          if (!q.speaker().isEmpty()) {
            wrongNamed++;
            language[4]++;
            pattern[4]++;
          }
          misses.add(
              article.getFileName()
                  + ": \""
                  + e.text()
                  + "\" given to '"
                  + q.speaker()
                  + "', not '"
                  + e.speaker()
                  + "'");
        }
      }
      for (Draft.Quote g : got) {
        if (want.stream().noneMatch(e -> same(g.text(), e.text()))) {
          misses.add(article.getFileName() + ": not a quote: \"" + g.text() + "\"");
        }
      }
    }
    double recall = (double) matched / expected;
    double precision = found == 0 ? 0 : (double) matched / found;
    double speakers = matched == 0 ? 0 : (double) rightSpeaker / matched;
    System.out.printf(
        java.util.Locale.ROOT,
        "draft corpus: %d articles, %d quotes expected, %d found; recall %.3f, precision %.3f, "
            + "speaker accuracy %.3f%n",
        articles.size(),
        expected,
        found,
        recall,
        precision,
        speakers);
    System.out.printf(
        java.util.Locale.ROOT,
        "  wrong named speaker: %d of %d found (%.3f)%n",
        wrongNamed,
        matched,
        matched == 0 ? 0.0 : (double) wrongNamed / matched);
    by.forEach(
        (key, c) ->
            System.out.printf(
                java.util.Locale.ROOT,
                "  %-34s quotes %3d  recall %.3f  precision %.3f  speakers %.3f  wrong named %d%n",
                key,
                c[0],
                c[0] == 0 ? 0.0 : (double) c[2] / c[0],
                c[1] == 0 ? 0.0 : (double) c[2] / c[1],
                c[2] == 0 ? 0.0 : (double) c[3] / c[2],
                c[4]));
    misses.forEach(m -> System.out.println("  " + m));
    assertTrue(recall >= 0.9, "recall " + recall + "; " + misses);
    assertTrue(precision >= 0.9, "precision " + precision + "; " + misses);
    assertTrue(speakers >= 0.9, "speaker accuracy " + speakers + "; " + misses);
    assertTrue(
        wrongNamed <= Math.max(1, matched / 50),
        "quotes given to a wrong named speaker: " + wrongNamed + "; " + misses);
  }

  @Test
  void everyDraftPassesStrictValidationExceptWhereASpeakerIsUnknown() throws Exception {
    for (Path article : DraftedArticles.articles("articles", ".txt")) {
      Draft draft = DraftedArticles.draft(article);
      List<String> warnings = DraftedArticles.strictWarnings(draft);
      long unknown = draft.quotes().stream().filter(q -> q.speaker().isEmpty()).count();
      assertEquals(unknown, warnings.size(), article + ": " + warnings);
      for (String w : warnings) {
        assertTrue(w.contains("Unknown speaker"), article + ": " + w);
      }
      assertEquals(
          unknown,
          draft.yaml().lines().filter(l -> l.contains("speaker: unknown-speaker  # TODO")).count(),
          article + ": a TODO at every unknown speaker");
    }
  }

  private static boolean same(String a, String b) {
    return Fold.fold(a.replace('“', '"').replace('”', '"'))
        .equals(Fold.fold(b.replace('“', '"').replace('”', '"')));
  }
}
