package brief.tui;

import static brief.tui.Input.Special.BACKSPACE;
import static brief.tui.Input.Special.ENTER;
import static brief.tui.Input.Special.ESCAPE;
import static brief.tui.ReaderFixture.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.core.Quote;
import brief.core.Stakeholder;
import brief.tui.ReaderState.Overlay;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Enter on a stakeholder opens their page: who they are, what they said, the points on them. */
class StakeholderPageTest {
  private static final int STAKEHOLDERS = 7;

  /** The reader on the stakeholder list, at {@code who}. */
  private static ReaderState at(String who) {
    ReaderState s = type(ReaderFixture.on(100, 30), String.valueOf(STAKEHOLDERS + 1), ENTER);
    assertEquals(Entry.Kind.STAKEHOLDERS, s.currentEntry().kind());
    for (int i = 0; i < s.currentEntry().items().size(); i++) {
      if (s.currentItem().id().equals(who)) {
        return s;
      }
      s = type(s, "j");
    }
    throw new AssertionError("no stakeholder " + who);
  }

  private static String page(ReaderState s) {
    return s.currentEntry().items().stream()
        .flatMap(i -> i.paras().stream())
        .map(Para::text)
        .collect(Collectors.joining("\n"));
  }

  private static Stakeholder mostQuoted() {
    return ReaderFixture.BUNDLED.stakeholders().stream()
        .max(
            (a, b) ->
                Long.compare(
                    ReaderFixture.BUNDLED.quotes().stream()
                        .filter(q -> q.speaker().equals(a.id()))
                        .count(),
                    ReaderFixture.BUNDLED.quotes().stream()
                        .filter(q -> q.speaker().equals(b.id()))
                        .count()))
        .orElseThrow();
  }

  @Test
  void enterOnAStakeholderOpensTheirPageWithEveryQuoteOfTheirs() {
    Stakeholder who = mostQuoted();
    ReaderState s = type(at(who.id()), ENTER);
    assertNotNull(s.page());
    assertEquals(Entry.Kind.PERSON, s.currentEntry().kind());
    assertEquals(who.name(), s.currentEntry().title());
    String page = page(s);
    assertTrue(page.contains(who.position()), page);
    List<Quote> theirs =
        ReaderFixture.BUNDLED.quotes().stream().filter(q -> q.speaker().equals(who.id())).toList();
    assertTrue(theirs.size() >= 2, "the test wants a stakeholder quoted twice or more");
    assertTrue(page.contains("Quotes (" + theirs.size() + ")"), page);
    for (Quote q : theirs) {
      assertTrue(page.contains(q.text()), q.text());
    }
  }

  @Test
  void thePageListsThePointsThatParaphraseThem() {
    Stakeholder who = mostQuoted();
    String page = page(type(at(who.id()), ENTER));
    ReaderFixture.BUNDLED.sections().stream()
        .flatMap(sec -> sec.points().stream())
        .filter(p -> p.speaker().equals(who.id()))
        .forEach(p -> assertTrue(page.contains(p.text()), p.text()));
    assertTrue(page.contains("Points that paraphrase or name them"), page);
  }

  @Test
  void aQuoteOnThePageOpensItsSourceAndEscapeComesBackToThePage() {
    ReaderState onPage = type(at(mostQuoted().id()), ENTER, "j");
    assertTrue(onPage.currentItem().evidence().any());
    ReaderState source = type(onPage, ENTER);
    assertEquals(Overlay.SOURCE, source.overlay());
    assertTrue(Overlays.title(source).startsWith("Source ¶"), Overlays.title(source));
    ReaderState back = type(source, ESCAPE);
    assertEquals(Overlay.NONE, back.overlay());
    assertEquals(onPage.nav(), back.nav());
    assertNotNull(back.page());
  }

  @Test
  void backspaceOrEscapeLeavesThePageForTheSameStakeholderInTheList() {
    ReaderState list = at(mostQuoted().id());
    for (Input back : List.of(BACKSPACE, ESCAPE, new Input.Key('h'))) {
      ReaderState after = type(list, ENTER, "jj", back);
      assertNull(after.page(), back.toString());
      assertEquals(list.nav(), after.nav(), back.toString());
    }
  }

  @Test
  void tabFromThePageGoesOnAsFromTheList() {
    ReaderState list = at(mostQuoted().id());
    ReaderState tabbed = type(list, ENTER, Input.Special.TAB);
    assertNull(tabbed.page());
    assertEquals(type(list, Input.Special.TAB).nav(), tabbed.nav());
  }
}
