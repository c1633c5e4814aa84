package brief.draft;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Stakeholders as drafted: titles become roles, nationalities affiliations, other forms aliases.
 */
class StakeholderDraftTest {
  private static String draft(String article) throws Exception {
    return DraftedArticles.draft(DraftedArticles.DIR.resolve("articles").resolve(article)).yaml();
  }

  @Test
  void aNationalityBeforeATitleIsTheAffiliationAndTheRestOfTheTitleIsTheRole() throws Exception {
    String yaml = draft("12-opinion.txt");
    assertTrue(
        yaml.contains(
            """
          - id: kassym-jomart-tokayev
            name: Kassym-Jomart Tokayev
            kind: person
            role: President
            affiliation: kazakhstan
        """),
        yaml);
    assertTrue(
        yaml.contains(
            "  - id: kazakhstan\n    name: Kazakhstan\n    kind: state\n    aliases: [Kazakh, Astana]\n"),
        yaml);
  }

  @Test
  void germanCompoundRolesAndNameParticlesGiveTheWholeName() throws Exception {
    String yaml = draft("68-de-compounds-particles.txt");
    // "Der Verkehrsexperte Jonas Birk": the article and the role compound are no part of it.
    assertTrue(
        yaml.contains("name: Jonas Birk\n    kind: person\n    role: Verkehrsexperte"), yaml);
    // "Auch Birk sagte": a sentence's opening word is no first name.
    assertFalse(yaml.contains("name: Auch Birk"), yaml);
    assertFalse(yaml.contains("name: Dazu"), yaml); // "Dazu sagte sie:"
    assertTrue(
        yaml.contains(
            "name: Ursula von der Leyen\n    kind: person\n    role: Kommissionspräsidentin"),
        yaml);
    assertTrue(yaml.contains("speaker: ursula-von-der-leyen  # from: sagte von der Leyen"), yaml);
    // "Annalena Baerbock der Zeitung": an article is a name's only after von, van or de.
    assertTrue(yaml.contains("name: Annalena Baerbock\n"), yaml);
  }

  @Test
  void wordsThatEndInAShortTitleAreNoTitles() throws Exception {
    String yaml = draft("71-en-false-titles.txt");
    // Camp (MP), thanking (king), Peking (king): compounds are German only.
    assertFalse(yaml.contains("name: David"), yaml);
    assertFalse(yaml.contains("role: thanking"), yaml);
    assertFalse(yaml.contains("name: University"), yaml);
    assertTrue(yaml.contains("speaker: jonas-birk"), yaml);
  }

  @Test
  void aRoleAndItsBodyBeforeANameDescribeThePersonAndIdsAreSpelledInLatin() throws Exception {
    String yaml = draft("69-ru-role-before-name.txt");
    // "— заявил глава российского МИД Сергей Лавров": the head of the ministry, not the ministry.
    assertTrue(
        yaml.contains("speaker: sergey-lavrov  # from: заявил глава российского МИД Сергей Лавров"),
        yaml);
    assertTrue(yaml.contains("  - id: dzheykhun-bayramov\n    name: Джейхун Байрамов"), yaml);
    assertFalse(yaml.contains("id: stakeholder"), yaml);
  }

  @Test
  void aRoleSaidAgainIsAnAliasOfThePersonItMeans() throws Exception {
    String yaml = draft("09-back-references.txt");
    assertTrue(
        yaml.contains(
            """
          - id: kamaladdin-heydarov
            name: Kamaladdin Heydarov
            kind: person
            role: Emergency Situations Minister
            aliases: [the minister]
        """),
        yaml);
  }

  @Test
  void statesAndOrganisationsNamedInTheTextAreStakeholders() throws Exception {
    String yaml = draft("01-said-after.txt");
    assertTrue(
        yaml.contains("  - id: european-union\n    name: European Union\n    kind: organization\n"),
        yaml);
    assertTrue(
        yaml.contains(
            "  - id: armenia\n    name: Armenia\n    kind: state\n    aliases: [Yerevan]\n"),
        yaml);
  }
}
