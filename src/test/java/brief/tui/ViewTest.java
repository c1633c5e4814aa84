package brief.tui;

import static brief.tui.Input.Special.ENTER;
import static brief.tui.ReaderFixture.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.render.DisplayWidth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ViewTest {
  private static boolean hasRole(Frame f, Role role) {
    for (int y = 0; y < f.height(); y++) {
      for (int x = 0; x < f.width(); x++) {
        if (f.role(x, y) == role) {
          return true;
        }
      }
    }
    return false;
  }

  private static int rowOf(Frame f, String text) {
    for (int y = 0; y < f.height(); y++) {
      if (f.row(y).contains(text)) {
        return y;
      }
    }
    return -1;
  }

  @Test
  void everyRowFitsTheTerminalWidthAtEverySize() {
    for (int[] size :
        new int[][] {{80, 24}, {120, 40}, {40, 12}, {20, 6}, {69, 20}, {70, 20}, {200, 60}}) {
      for (Object[] keys :
          List.of(
              new Object[] {},
              new Object[] {"jjl"},
              new Object[] {"?"},
              new Object[] {"s"},
              new Object[] {"t"},
              new Object[] {"G", "l"})) {
        Frame f = View.of(type(ReaderFixture.on(size[0], size[1]), keys));
        for (int y = 0; y < f.height(); y++) {
          assertTrue(
              DisplayWidth.of(f.row(y)) <= size[0],
              size[0] + "x" + size[1] + " row " + y + ": " + f.row(y));
        }
      }
    }
  }

  private static List<String> rows(Frame f) {
    return java.util.stream.IntStream.range(0, f.height()).mapToObj(f::row).toList();
  }

  @Test
  void onAWideScreenTheTextColumnWrapsAtTheWidthAskedForAndAtAHundredByDefault() {
    for (int[] asked : new int[][] {{60, 60}, {0, Layout.DEFAULT_TEXT_WIDTH}, {150, 150}}) {
      ReaderState s = ReaderFixture.on(200, 40);
      s = asked[0] == 0 ? s : s.withTextWidth(asked[0]);
      s = type(s, "jjl");
      Frame f = View.of(s);
      int left = TextColumn.leftOf(rows(f), "Energy and connectivity");
      assertEquals(s.layout().contentX(), left, "the content pane is where the layout says");
      int widest = TextColumn.widest(rows(f), left);
      // Wrapped at words: the widest line comes within a word of the width, never past it.
      assertTrue(
          widest <= asked[1] && widest > asked[1] - 15, asked[1] + ": widest line " + widest);
    }
  }

  @Test
  void theSummaryAndTheSourceWrapAtTheTextColumnToo() {
    ReaderState wide = ReaderFixture.on(200, 40).withTextWidth(60);
    for (ReaderState s : List.of(type(wide, "s"), type(wide, "jjl", "j", ENTER))) {
      assertTrue(s.overlay() != ReaderState.Overlay.NONE, "a box is open");
      int widest = 0;
      for (String row : rows(View.of(s))) {
        if (row.startsWith("│")) {
          widest = Math.max(widest, row.substring(1, row.lastIndexOf('│')).strip().length());
        }
      }
      assertTrue(widest <= 60 && widest > 45, s.overlay() + ": widest line " + widest);
    }
  }

  @Test
  void theSectionsPaneTakesWhatANarrowerTextColumnLeaves() {
    int standard = ReaderFixture.on(150, 40).layout().listWidth();
    int narrow = ReaderFixture.on(150, 40).withTextWidth(60).layout().listWidth();
    assertTrue(narrow > standard, standard + " then " + narrow);
  }

  @Test
  void theSelectedSectionIsShownInReverseVideoWhileTheListHasTheKeys() {
    Frame f = View.of(ReaderFixture.on(80, 24));
    int y = rowOf(f, "▶ Overview");
    assertEquals(Role.SELECTED, f.role(2, y));
  }

  @Test
  void theItemUnderTheCursorCarriesABarThatSurvivesWithoutColour() {
    Frame f = View.of(type(ReaderFixture.on(80, 24), "jjl", "j"));
    int y = rowOf(f, "● Azerbaijan presents itself");
    assertEquals("▌", f.text(f.row(y).indexOf('▌'), y));
    assertEquals(Role.CURSOR, f.role(f.row(y).indexOf('▌'), y));
  }

  @Test
  void sectionsLeftEmptyByAFilterAreDimmedNotRemoved() {
    Frame f = View.of(type(ReaderFixture.on(80, 24), "t", " ", ENTER));
    int y = rowOf(f, "A new phase in");
    assertTrue(y > 0, "the emptied section is still listed");
    assertEquals(Role.EMPTY, f.role(4, y));
    assertTrue(f.row(2).contains("filter: energy-security"));
  }

  @Test
  void searchMatchesAreHighlighted() {
    Frame f = View.of(type(ReaderFixture.on(80, 24), "/", "iraq", ENTER));
    int y = rowOf(f, "Iraq");
    int x = f.row(y).indexOf("Iraq");
    assertEquals(Role.MATCH, f.role(x, y));
    assertTrue(hasRole(f, Role.MATCH));
    assertTrue(f.row(2).contains("search: iraq"));
  }

  @Test
  void wideCharactersTakeTwoCellsAndKeepTheBordersAligned() {
    ReaderState s = ReaderFixture.on("src/test/resources/library/mekong-data-2023.yaml", 80, 24);
    Frame f = View.of(type(s, "jl"));
    int y = rowOf(f, "(澜沧江) will be");
    assertTrue(y > 0);
    assertEquals("│", f.text(79, y));
    int x = f.row(y).indexOf("澜");
    assertEquals("", f.text(DisplayWidth.of(f.row(y).substring(0, x)) + 1, y));
  }

  @Test
  void controlCharactersInABriefingAreShownEscapedNeverRaw() {
    var b = ReaderFixture.BUNDLED;
    var hostile =
        new brief.core.Briefing(
            b.id(),
            "Evil \u001b[2J\u001b]0;pwned\u0007 title\u202e",
            b.summary(),
            b.date(),
            b.classification(),
            b.region(),
            b.tags(),
            b.source(),
            b.themes(),
            b.sections(),
            b.quotes(),
            b.stakeholders(),
            b.timeline());
    Frame f = View.of(ReaderState.start(List.of(hostile), new Size(100, 30), Glyphs.UNICODE));
    String screen = f.plain();
    assertTrue(screen.contains("Evil \\u001b[2J\\u001b]0;pwned\\u0007 title\\u202e"), screen);
    assertFalse(screen.chars().anyMatch(c -> c < 0x20 && c != '\n'));
  }

  @Test
  void asciiModeDrawsOnlyAscii() {
    ReaderState s =
        ReaderState.start(List.of(ReaderFixture.BUNDLED), new Size(80, 24), Glyphs.ASCII);
    for (Object[] keys :
        List.of(new Object[] {}, new Object[] {"jjl"}, new Object[] {"?"}, new Object[] {"s"})) {
      String screen = View.of(type(s, keys)).plain();
      assertTrue(screen.chars().allMatch(c -> c < 0x80), screen);
    }
  }

  @Test
  void theTooSmallMessageFitsTheScreenItIsShownOnWithoutCuttingAWord() {
    for (int[] size : new int[][] {{12, 4}, {8, 3}, {19, 5}, {40, 5}}) {
      ReaderState s = ReaderFixture.on(size[0], size[1]);
      String screen = View.of(s).plain();
      List<String> rows = screen.lines().toList();
      assertTrue(rows.size() <= size[1], screen);
      assertTrue(rows.stream().allMatch(r -> r.length() <= size[0]), screen);
      assertTrue(screen.contains("q quits"), screen);
      for (String word : screen.split("\\s+")) {
        assertTrue(
            word.isEmpty()
                || "Too small:".contains(word)
                || word.matches("\\d+x\\d+,?")
                || word.equals("need")
                || word.equals("q")
                || word.equals("quits"),
            "a cut word '" + word + "' in\n" + screen);
      }
    }
  }
}
