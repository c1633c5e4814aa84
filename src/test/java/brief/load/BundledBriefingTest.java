package brief.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.core.Briefing;
import brief.core.Point;
import brief.core.Quote;
import brief.core.Stakeholder;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled briefing covers its article: every paragraph, every quote, the people named. */
class BundledBriefingTest {
  static Briefing briefing;

  @BeforeAll
  static void load() throws BriefingException {
    Path file = Path.of("briefings/us-azerbaijan-partnership-2025.yaml");
    briefing = new BriefingLoader(Limits.DEFAULT, true).load(file, file.toString());
  }

  @Test
  void pointsTogetherCiteEveryParagraphOfTheArticle() {
    Set<Integer> cited = briefing.sections().stream().flatMap(s -> s.points().stream())
        .flatMap(p -> p.paragraphs().stream()).collect(Collectors.toCollection(TreeSet::new));
    Set<Integer> all = IntStream.rangeClosed(1, briefing.source().paragraphs().size()).boxed()
        .collect(Collectors.toCollection(TreeSet::new));
    assertEquals(all, cited);
  }

  @Test
  void everyPointCitesItsParagraphs() {
    for (var s : briefing.sections()) {
      for (Point p : s.points()) {
        assertTrue(!p.paragraphs().isEmpty(), p.text());
      }
    }
  }

  @Test
  void allFiveDirectQuotesOfTheArticleAreKeptWithSpeakerAndContext() {
    String source = String.join("\n", briefing.source().paragraphs());
    long quotedInArticle = source.chars().filter(c -> c == '"').count() / 2;
    assertEquals(5, quotedInArticle);
    assertEquals(5, briefing.quotes().size());
    for (Quote q : briefing.quotes()) {
      assertTrue(!q.context().isEmpty() && briefing.stakeholder(q.speaker()).isPresent(), q.text());
    }
  }

  @Test
  void namesTheStakeholdersTheArticleNamesOrImplies() {
    Set<String> ids = briefing.stakeholders().stream().map(Stakeholder::id).collect(Collectors.toSet());
    assertTrue(ids.containsAll(Set.of("ilham-aliyev", "azerbaijan", "united-states", "donald-trump",
        "armenia", "other-global-powers")), ids.toString());
    assertTrue(briefing.stakeholder("ilham-aliyev").orElseThrow().aliases().contains("President Aliyev"));
  }

  @Test
  void carriesTheArticlesMetadataAndAtLeastFourThemes() {
    assertEquals("Qabil Ashirov", briefing.source().author());
    assertEquals("2025-07-20T20:50:00+04:00", briefing.source().published());
    assertEquals("opinion", briefing.source().kind());
    assertEquals("UNCLASSIFIED", briefing.classification());
    assertTrue(briefing.themes().size() >= 4);
    assertTrue(briefing.timeline().size() >= 3);
  }
}
