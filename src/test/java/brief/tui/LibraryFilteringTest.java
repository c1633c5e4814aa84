package brief.tui;

import static brief.tui.Input.Special.BACKSPACE;
import static brief.tui.Input.Special.ENTER;
import static brief.tui.Input.Special.ESCAPE;
import static brief.tui.ReaderFixture.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.core.Briefing;
import java.util.List;
import org.junit.jupiter.api.Test;

class LibraryFilteringTest {
  private static final List<Briefing> LIBRARY =
      List.of(
          ReaderFixture.load("src/test/resources/library/arctic-council-2024.yaml"),
          ReaderFixture.load("src/test/resources/library/caspian-ferry-2024.yaml"),
          ReaderFixture.load("src/test/resources/spellings/native-2025.yaml"),
          ReaderFixture.load("src/test/resources/spellings/english-2025.yaml"));

  private static ReaderState start() {
    return ReaderState.start(LIBRARY, new Size(100, 30), Glyphs.UNICODE);
  }

  private static List<String> shown(ReaderState s) {
    return s.libraryScreen().filter().shown().stream().map(i -> LIBRARY.get(i).id()).toList();
  }

  private static String screen(ReaderState s) {
    return View.of(s).plain();
  }

  @Test
  void slashFiltersAsYouTypeInEitherSpellingAndLettersAreNotCommands() {
    ReaderState s = type(start(), "/", "Şuşa");
    assertEquals(List.of("caspian-ferry-2024", "native-2025", "english-2025"), shown(s));
    assertEquals(List.of("native-2025", "english-2025"), shown(type(start(), "/", "Xankəndi")));
    assertFalse(ReaderFixture.ends(start(), "/", "Şuşa"));
    assertTrue(screen(s).contains("/Şuşa"), screen(s));
    assertTrue(screen(s).contains("1/3"), screen(s));
    assertEquals(List.of("caspian-ferry-2024"), shown(type(start(), "/", "lenkeran q")));
    assertFalse(ReaderFixture.ends(start(), "/", "lenkeran q"));
  }

  @Test
  void theListShowsIdsAndThePosition() {
    String screen = screen(type(start(), "j"));
    assertTrue(screen.contains("caspian-ferry-2024"), screen);
    assertTrue(screen.contains("2/4"), screen);
  }

  @Test
  void enterKeepsTheFilterEscapeClearsIt() {
    ReaderState kept = type(start(), "/", "Khankendi", ENTER);
    assertFalse(kept.libraryScreen().filter().typing());
    assertEquals(2, shown(kept).size());
    assertEquals(4, shown(type(kept, ESCAPE)).size());
    assertEquals(4, shown(type(start(), "/", "Kh", BACKSPACE, BACKSPACE)).size());
  }

  @Test
  void openingAHitLandsOnTheMatchedItemAndBackReturnsToTheFilteredList() {
    ReaderState s = type(start(), "/", "Garabagh", ENTER, "j");
    ReaderState opened = type(s, ENTER);
    assertEquals("english-2025", opened.briefing().id());
    Item item = opened.currentItem();
    assertTrue(item.searchable().contains("Garabagh"), item.searchable());
    assertEquals(ReaderState.Focus.CONTENT, opened.nav().focus());
    ReaderState back = type(opened, BACKSPACE, BACKSPACE);
    assertTrue(back.inLibrary());
    assertEquals(List.of("native-2025", "english-2025"), shown(back));
    assertEquals(1, back.libraryCursor());
  }

  @Test
  void themesFilterAcrossBriefings() {
    ReaderState picking = type(start(), "t");
    assertEquals(ReaderState.Overlay.PICKER, picking.overlay());
    List<String> themes =
        picking.libraryScreen().filter().index().themes().stream().map(t -> t.id()).toList();
    int transit = themes.indexOf("transit");
    ReaderState s = picking;
    for (int i = 0; i < transit; i++) {
      s = type(s, "j");
    }
    ReaderState filtered = type(s, " ", ENTER);
    assertEquals(List.of("english-2025"), shown(filtered));
    assertEquals(4, shown(type(filtered, "c")).size());
  }
}
