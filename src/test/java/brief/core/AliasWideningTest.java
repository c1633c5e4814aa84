package brief.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Alias widening on a small library with a native-spelling briefing and an English one, the same
 * person named differently in each (built here: core reads no YAML).
 */
class AliasWideningTest {
  private static Stakeholder person(String id, String name, List<String> aliases, String position) {
    return new Stakeholder(
        id,
        name,
        StakeholderKind.PERSON,
        "President of Azerbaijan",
        "",
        position,
        List.of(),
        List.of(),
        aliases);
  }

  private static Briefing briefing(
      String id, String summary, List<Point> points, List<Quote> quotes, List<Stakeholder> people) {
    return new Briefing(
        id,
        id + " title",
        summary,
        "2025-07-20",
        "",
        "",
        List.of(),
        Source.NONE,
        List.of(),
        List.of(new Section("s", "Talks", "", points)),
        quotes,
        people,
        List.of());
  }

  private static Point point(String text) {
    return new Point(text, List.of(), Priority.NORMAL, List.of(), Basis.NONE, "", "");
  }

  private static final List<Briefing> LIBRARY =
      List.of(
          briefing(
              "native",
              "İlham Əliyev opened the forum in Şuşa.",
              List.of(point("Əliyev spoke of Qarabağ.")),
              List.of(
                  new Quote(
                      "q1",
                      "we will have more good news",
                      "aliyev",
                      "",
                      List.of(),
                      List.of(),
                      true)),
              List.of(
                  person(
                      "aliyev", "İlham Əliyev", List.of("Ilham Aliyev", "President Aliyev"), ""))),
          briefing(
              "english",
              "The President opened the forum in Shusha.",
              List.of(point("The Head of State spoke of Garabagh."), point("Nothing about him.")),
              List.of(
                  new Quote("q2", "the road is open", "president", "", List.of(), List.of(), true)),
              List.of(
                  person(
                      "president",
                      "Ilham Aliyev",
                      List.of("the Head of State"),
                      "Backs the road."))));

  private static List<SearchHit> search(String query) {
    return Search.run(LIBRARY, Query.parse(query), ThemeFilter.NONE);
  }

  @Test
  void aliasOfAStakeholderFindsItsOtherNamesInEveryBriefing() {
    List<SearchHit> hits = search("Əliyev");
    SearchHit widened =
        hits.stream()
            .filter(h -> h.text().equals("The Head of State spoke of Garabagh."))
            .findFirst()
            .orElseThrow(() -> new AssertionError("the other name was not found: " + hits));
    assertEquals("the Head of State — an alias of Ilham Aliyev", widened.via());
    assertEquals(List.of(0, 17), List.of(widened.spans().get(0)[0], widened.spans().get(0)[1]));
    assertFalse(hits.stream().anyMatch(h -> h.text().equals("Nothing about him.")));
  }

  @Test
  void otherNameFindsTheNativeSpellingAndTheQuotesThePersonSpoke() {
    List<SearchHit> hits = search("Head of State");
    Set<String> quotes =
        hits.stream()
            .filter(h -> h.kind() == SearchHit.Kind.QUOTE)
            .map(SearchHit::detail)
            .collect(Collectors.toSet());
    assertEquals(Set.of("we will have more good news", "the road is open"), quotes);
    assertTrue(
        hits.stream()
            .anyMatch(
                h ->
                    h.briefingId().equals("native")
                        && h.field().equals("bottom line")
                        && h.via().equals("Ilham Aliyev — named by its alias the Head of State")),
        hits.toString());
  }

  @Test
  void aStakeholderHitNamesTheFieldAndItsMatches() {
    List<SearchHit> hits = search("road");
    SearchHit st =
        hits.stream().filter(h -> h.kind() == SearchHit.Kind.STAKEHOLDER).findFirst().orElseThrow();
    assertEquals("position", st.field());
    assertEquals("Backs the road.", st.text());
    assertEquals("Ilham Aliyev", st.detail());
    assertFalse(st.spans().isEmpty());
  }

  @Test
  void everyHitCarriesMatches() {
    for (String q : List.of("Əliyev", "Shusha", "Head of State", "road", "President", "forum")) {
      for (SearchHit h : search(q)) {
        assertFalse(h.spans().isEmpty(), q + ": " + h);
      }
    }
  }

  @Test
  void aWordInsideANameDoesNotWiden() {
    // "li" occurs in "Aliyev" but names nobody: only direct matches.
    assertTrue(search("li").stream().allMatch(h -> h.via().isEmpty()));
  }
}
