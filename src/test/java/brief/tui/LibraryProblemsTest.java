package brief.tui;

import static brief.tui.Input.Special.ESCAPE;
import static brief.tui.ReaderFixture.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.core.Briefing;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The reader says a library has problems as it opens, lists them on '!', and marks shared ids. */
class LibraryProblemsTest {
  static final Briefing ARCTIC =
      ReaderFixture.load("src/test/resources/library/arctic-council-2024.yaml");
  static final Briefing CASPIAN =
      ReaderFixture.load("src/test/resources/library/caspian-ferry-2024.yaml");
  static final List<String> PROBLEMS =
      List.of(
          "lib/a.yaml: error: the id 'caspian-ferry-2024' is also the id of lib/b.yaml: both are listed, and a lookup by this id fails until one is changed",
          "lib/broken.yaml:3:1: error: YAML syntax: mapping values are not allowed here");

  private static String screen(ReaderState s) {
    Frame f = View.of(s);
    StringBuilder text = new StringBuilder();
    for (int y = 0; y < s.size().rows(); y++) {
      text.append(f.row(y).stripTrailing()).append('\n');
    }
    return text.toString();
  }

  @Test
  void theProblemCountShowsOnOpenAndBangListsThem() {
    ReaderState s =
        ReaderState.start(
            List.of(ARCTIC, CASPIAN, CASPIAN), PROBLEMS, new Size(100, 30), Glyphs.UNICODE);
    assertEquals("2 problems in the library: press ! to see them", s.message());
    ReaderState listed = type(s, "!");
    assertEquals(ReaderState.Overlay.PROBLEMS, listed.overlay());
    String shown = screen(listed);
    assertTrue(shown.contains("Problems in the library"), shown);
    assertTrue(shown.contains("lib/broken.yaml:3:1: error: YAML syntax"), shown);
    assertTrue(shown.contains("is also the id of lib/b.yaml"), shown);
    assertEquals(ReaderState.Overlay.NONE, type(listed, ESCAPE).overlay());
    assertEquals(ReaderState.Overlay.NONE, type(listed, "!").overlay());
  }

  @Test
  void bothBriefingsOfASharedIdAreListedAndMarked() {
    ReaderState s =
        ReaderState.start(
            List.of(ARCTIC, CASPIAN, CASPIAN), PROBLEMS, new Size(100, 30), Glyphs.UNICODE);
    List<String> rows = screen(s).lines().filter(l -> l.contains("(duplicate id!)")).toList();
    assertEquals(2, rows.size(), screen(s));
    assertTrue(rows.get(0).contains("Caspian") || rows.get(0).contains("ferry"), rows.get(0));
    assertTrue(
        screen(s).lines().anyMatch(l -> l.contains("Arctic") && !l.contains("duplicate")),
        screen(s));
  }

  @Test
  void aBriefingOpenedStraightAwayStillSaysTheLibraryHasProblems() {
    ReaderState s =
        ReaderState.start(
            List.of(ARCTIC), PROBLEMS.subList(1, 2), new Size(100, 30), Glyphs.UNICODE);
    assertEquals("arctic-council-2024", s.briefing().id());
    assertEquals("1 problem in the library: press ! to see it", s.message());
    assertEquals(ReaderState.Overlay.PROBLEMS, type(s, "!").overlay());
  }

  @Test
  void bangDoesNothingWithoutProblems() {
    ReaderState s = ReaderState.start(List.of(ARCTIC, CASPIAN), new Size(100, 30), Glyphs.UNICODE);
    assertEquals("", s.message());
    assertEquals(ReaderState.Overlay.NONE, type(s, "!").overlay());
  }
}
