package brief.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The seed article (shared/seeds/000_68c52f6285a3c71c.txt): the acceptance test of the issue. */
class SeedArticleDraftTest {
  private static Draft seed() throws Exception {
    return DraftedArticles.draft(DraftedArticles.DIR.resolve("seed.txt"));
  }

  @Test
  void allFiveQuotesAreFoundVerbatimAndGivenToIlhamAliyev() throws Exception {
    assertEquals(
        List.of(
            new Draft.Quote(
                "We have received very positive messages from Washington — and messages from Azerbaijan have also "
                    + "been very positive",
                4,
                "Ilham Aliyev"),
            new Draft.Quote(
                "We have a great history of partnership in areas related to energy security, security as a whole, "
                    + "and issues related to connectivity.",
                5,
                "Ilham Aliyev"),
            new Draft.Quote(
                "We stood with the United States in Iraq and in Afghanistan when they needed us. Our military "
                    + "servicemen served shoulder to shoulder with them.",
                6,
                "Ilham Aliyev"),
            new Draft.Quote("we will have more good news in the future", 8, "Ilham Aliyev"),
            new Draft.Quote(
                "I think this will be absolutely natural, because a lot of things unite us.",
                11,
                "Ilham Aliyev")),
        seed().quotes());
  }

  @Test
  void theDateLineAndTheBylineGiveThePublicationTimeWithItsOffsetAndTheAuthor() throws Exception {
    String yaml = seed().yaml();
    assertTrue(yaml.contains("\n  author: Qabil Ashirov\n"), yaml);
    assertTrue(yaml.contains("\n  published: \"2025-07-20T20:50:00+04:00\"\n"), yaml);
    assertTrue(yaml.contains("\ndate: 2025-07-20\n"), yaml);
    assertTrue(
        !yaml.contains("source: 1\n") && !yaml.contains("source: 2\n"),
        "header lines are not points");
  }

  @Test
  void everyFormOfAliyevsNameIsOneStakeholderWithThoseFormsAsAliases() throws Exception {
    String yaml = seed().yaml();
    assertTrue(
        yaml.contains(
            """
          - id: ilham-aliyev
            name: Ilham Aliyev
            kind: person
            role: President
            affiliation: azerbaijan
            aliases: [the Azerbaijani leader, President Aliyev, the President]
        """),
        yaml);
  }

  @Test
  void theDraftPassesStrictValidationWithItsSourceText() throws Exception {
    assertEquals(List.of(), DraftedArticles.strictWarnings(seed()));
  }

  @Test
  void pointsAreDraftsWithABasisAndTheParagraphTheyCite() throws Exception {
    String yaml = seed().yaml();
    long points = yaml.lines().filter(l -> l.startsWith("      - text: ")).count();
    assertEquals(9, points, "one per body paragraph");
    assertEquals(points, yaml.lines().filter(l -> l.equals("        x-draft: true")).count());
    assertEquals(points, yaml.lines().filter(l -> l.startsWith("        basis: ")).count());
    assertTrue(yaml.contains("        basis: speaker\n        speaker: ilham-aliyev\n"), yaml);
    assertTrue(yaml.contains("  kind: opinion  # guessed from the wording"), yaml);
  }
}
