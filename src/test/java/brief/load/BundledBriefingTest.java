package brief.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.core.Basis;
import brief.core.Briefing;
import brief.core.Point;
import brief.core.Quote;
import brief.core.Stakeholder;
import brief.core.TimelineEntry;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The bundled briefing covers its article: every paragraph of the body, every quote, the people
 * named, and says where each statement comes from.
 */
class BundledBriefingTest {
  static Briefing briefing;

  @BeforeAll
  static void load() throws BriefingException {
    Path file = Path.of("briefings/us-azerbaijan-partnership-2025.yaml");
    briefing = new BriefingLoader(Limits.DEFAULT, true).load(file, file.toString());
  }

  /** Paragraphs 1 and 2 are the dateline and the byline; the body starts at 3. */
  @Test
  void pointsTogetherCiteEveryParagraphOfTheArticlesBody() {
    Set<Integer> cited =
        briefing.sections().stream()
            .flatMap(s -> s.points().stream())
            .flatMap(p -> p.paragraphs().stream())
            .collect(Collectors.toCollection(TreeSet::new));
    Set<Integer> body =
        IntStream.rangeClosed(3, briefing.source().paragraphs().size())
            .boxed()
            .collect(Collectors.toCollection(TreeSet::new));
    assertTrue(cited.containsAll(body), cited.toString());
  }

  @Test
  void everyPointSaysWhoseClaimItIsAndCitesItsParagraphsUnlessItIsTheAnalysts() {
    for (var s : briefing.sections()) {
      for (Point p : s.points()) {
        assertTrue(p.basis() != Basis.NONE, p.text());
        assertTrue(
            !p.paragraphs().isEmpty() || p.basis() == Basis.ANALYST || !p.ref().isEmpty(),
            p.text());
      }
    }
  }

  @Test
  void allFiveDirectQuotesOfTheArticleAreKeptWithTheirSpeaker() {
    String source = String.join("\n", briefing.source().paragraphs());
    long quotedInArticle = source.chars().filter(c -> c == '"').count() / 2;
    assertEquals(5, quotedInArticle);
    assertEquals(5, briefing.quotes().size());
    for (Quote q : briefing.quotes()) {
      assertEquals("ilham-aliyev", q.speaker(), q.text());
    }
  }

  @Test
  void namesTheStakeholdersTheArticleNamesOrImplies() {
    Set<String> ids =
        briefing.stakeholders().stream().map(Stakeholder::id).collect(Collectors.toSet());
    assertTrue(
        ids.containsAll(
            Set.of(
                "ilham-aliyev",
                "azerbaijan",
                "united-states",
                "donald-trump",
                "armenia",
                "qabil-ashirov")),
        ids.toString());
    assertTrue(
        briefing.stakeholder("ilham-aliyev").orElseThrow().aliases().contains("President Aliyev"));
    assertTrue(
        briefing.stakeholder("qabil-ashirov").orElseThrow().aliases().contains("Qabil Aşirov"));
  }

  @Test
  void carriesTheArticlesMetadataAndAtLeastFourThemes() {
    assertEquals("Qabil Ashirov", briefing.source().author());
    assertEquals("2025-07-20T20:50:00+04:00", briefing.source().published());
    assertEquals("opinion", briefing.source().kind());
    assertEquals("UNCLASSIFIED", briefing.classification());
    assertTrue(briefing.themes().size() >= 4);
    TimelineEntry forum =
        briefing.timeline().stream()
            .filter(t -> t.date().equals("2025-07-19"))
            .findFirst()
            .orElseThrow();
    assertTrue(!forum.ref().isEmpty(), "the forum's date is not in the article: it needs a ref");
  }
}
