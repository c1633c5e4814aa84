package brief.draft;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Saved web pages with the clutter of real ones (menus, ads and captions with quotation marks,
 * related links, comments, footers, scripts and styles): the draft holds the article's quotes and
 * none of the clutter, in the YAML or in the source text saved beside it.
 */
class WebPageDraftTest {
  @Test
  void eachPageGivesItsQuotesWithTheirSpeakersAndNoClutter() throws Exception {
    List<Path> pages = DraftedArticles.articles("pages", ".html");
    assertTrue(pages.size() >= 3, "at least three pages");
    for (Path page : pages) {
      Draft draft = DraftedArticles.draft(page);
      List<String> want =
          DraftedArticles.expected(page).stream().map(e -> e.speaker() + " | " + e.text()).toList();
      List<String> got = draft.quotes().stream().map(q -> q.speaker() + " | " + q.text()).toList();
      assertEquals(want, got, page.toString());
      List<String> clutter =
          Files.readAllLines(
                  Path.of(page.toString().replace(".html", ".expected")), StandardCharsets.UTF_8)
              .stream()
              .filter(l -> l.startsWith("clutter:"))
              .map(l -> l.substring(8).strip())
              .toList();
      assertFalse(clutter.isEmpty(), page + " lists its clutter");
      for (String c : clutter) {
        assertFalse(draft.yaml().contains(c), page + ": clutter in the draft: " + c);
        assertFalse(draft.sourceText().contains(c), page + ": clutter in the source text: " + c);
      }
      assertEquals(List.of(), DraftedArticles.strictWarnings(draft), page.toString());
    }
  }

  @Test
  void authorAndPublicationTimeComeFromMetadataOrTheByline() throws Exception {
    String news =
        DraftedArticles.draft(DraftedArticles.DIR.resolve("pages/01-news-site.html")).yaml();
    assertTrue(news.contains("  author: Leyla Hasanova\n"), news);
    assertTrue(news.contains("  published: \"2025-03-14T09:30:00+04:00\"\n"), news);
    assertTrue(news.contains("  outlet: Caspian Daily\n"), news);
    assertTrue(news.contains("title: Talks on the northern border resume\n"), news);
    String byline =
        DraftedArticles.draft(DraftedArticles.DIR.resolve("pages/02-div-layout.html")).yaml();
    assertTrue(byline.contains("  author: Rashad Karimov\n"), byline);
    assertTrue(byline.contains("  published: \"2025-02-03\"\n"), byline);
    String opinion =
        DraftedArticles.draft(DraftedArticles.DIR.resolve("pages/03-magazine.html")).yaml();
    assertTrue(opinion.contains("  author: Samira Huseynova\n"), opinion);
    assertTrue(opinion.contains("  kind: opinion\n"), opinion);
    assertTrue(opinion.contains("        basis: author\n"), opinion);
  }

  @Test
  void aPageWithoutParagraphElementsIsDividedByItsBlankLines() throws Exception {
    String page =
        "<html><body><nav>Home | News</nav><div class=\"story\">Ministers met in Baku on Monday.\n\n"
            + "\"We agreed on the\n route,\" Foreign Minister Jeyhun Bayramov said.</div><footer>Footer text</footer></body></html>";
    Draft draft =
        Drafter.draft(
            page.getBytes(java.nio.charset.StandardCharsets.UTF_8), "page.html", "", true);
    assertEquals(
        List.of(new Draft.Quote("We agreed on the route", 2, "Jeyhun Bayramov")), draft.quotes());
    assertEquals(
        "Ministers met in Baku on Monday.\n\n\"We agreed on the route,\" Foreign Minister Jeyhun Bayramov said.\n",
        draft.sourceText());
  }

  @Test
  void htmlIsRecognisedByItsContentWhateverTheFileIsCalled() throws Exception {
    byte[] page = Files.readAllBytes(DraftedArticles.DIR.resolve("pages/01-news-site.html"));
    Draft draft = Drafter.draft(page, "saved-page.txt", "", true);
    assertEquals(2, draft.quotes().size());
    assertFalse(draft.sourceText().contains("<p>"));
  }
}
