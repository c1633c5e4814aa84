package brief.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import brief.core.Briefing;
import brief.load.BriefingLoader;
import brief.tui.Frame;
import brief.tui.Glyphs;
import brief.tui.Input;
import brief.tui.ReaderState;
import brief.tui.Role;
import brief.tui.Size;
import brief.tui.Update;
import brief.tui.View;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which band of rows the terminal should scroll between two frames, and when none. */
class ScrollTest {
  private static final String FROZEN =
      "src/test/resources/frozen/us-azerbaijan-partnership-2025.yaml";

  /**
   * A 40x10 frame: a header row, rows 1-8 showing lines {@code first} onward of a text (each line's
   * number in words, so no two lines are alike), a status row; and, when {@code sidebar} is more
   * than 0, a list of that width on the left of rows 1-8, the same in every frame.
   */
  private static Frame frame(int first, int sidebar) {
    Frame f = new Frame(40, 10);
    f.put(0, 0, "header", Role.TITLE);
    for (int y = 1; y <= 8; y++) {
      if (sidebar > 0) {
        f.put(
            0,
            y,
            ("entry " + y + " of a list of sections").repeat(2).substring(0, sidebar),
            Role.NORMAL);
        f.put(sidebar, y, "│", Role.BORDER);
      }
      f.put(sidebar + 1, y, "line " + (first + y) + " says " + words(first + y), Role.NORMAL);
    }
    f.put(0, 9, "j/k move", Role.DIM);
    return f;
  }

  private static String words(int n) {
    String[] w = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"};
    return w[n % 10] + " " + w[(n / 10) % 10] + " and more " + w[(n * 7) % 10];
  }

  @Test
  void aFrameLikeTheLastNeedsNoScroll() {
    assertNull(Scroll.between(frame(0, 0), frame(0, 0)));
  }

  @Test
  void aViewMovedUpOneLineIsScrolledUpOneLineBetweenHeaderAndStatus() {
    assertEquals(new Scroll(1, 8, 1), Scroll.between(frame(0, 0), frame(1, 0)));
  }

  @Test
  void aViewMovedDownOneLineIsScrolledDown() {
    assertEquals(new Scroll(1, 8, -1), Scroll.between(frame(1, 0), frame(0, 0)));
  }

  @Test
  void aViewMovedByAFewLinesIsScrolledByAsMany() {
    assertEquals(new Scroll(1, 8, 3), Scroll.between(frame(0, 0), frame(3, 0)));
    assertEquals(new Scroll(1, 8, -2), Scroll.between(frame(2, 0), frame(0, 0)));
  }

  @Test
  void framesWithNoRowInCommonAreNotScrolled() {
    assertNull(Scroll.between(frame(0, 0), frame(100, 0)));
  }

  @Test
  void framesOfDifferentSizesAreNotScrolled() {
    assertNull(Scroll.between(new Frame(40, 10), frame(1, 0)));
  }

  @Test
  void aPaneBesideANarrowListIsScrolledAndTheListRepaired() {
    assertEquals(new Scroll(1, 8, 1), Scroll.between(frame(0, 4), frame(1, 4)));
  }

  @Test
  void aNarrowPaneBesideAWideListIsRepaintedInsteadOfScrolled() {
    // Scrolling would move the list's rows with the pane's: more to repair than to repaint.
    assertNull(Scroll.between(frame(0, 30), frame(1, 30)));
  }

  @Test
  void theSummaryOverlayAt100x30ScrollsInsideItsBox() throws Exception {
    Briefing b = new BriefingLoader().load(Path.of(FROZEN), FROZEN);
    ReaderState s =
        Update.apply(
            ReaderState.start(List.of(b), new Size(100, 30), Glyphs.UNICODE), new Input.Key('s'));
    ReaderState down = Update.apply(s, new Input.Key('j'));
    assertInsideTheBox(Scroll.between(View.of(s), View.of(down)), 1);
    assertInsideTheBox(Scroll.between(View.of(down), View.of(s)), -1);
    ReaderState page = Update.apply(down, Input.Special.PAGE_DOWN);
    Scroll paged = Scroll.between(View.of(down), View.of(page));
    assertNotNull(paged);
    assertTrue(paged.top() >= 4 && paged.bottom() <= 27, paged.toString());
  }

  /** The box's text is rows 4-27 (its borders are rows 3 and 28, never moved). */
  private static void assertInsideTheBox(Scroll scroll, int distance) {
    assertNotNull(scroll);
    assertEquals(distance, scroll.distance(), scroll.toString());
    assertTrue(scroll.top() >= 4 && scroll.top() <= 5, scroll.toString());
    assertTrue(scroll.bottom() >= 26 && scroll.bottom() <= 27, scroll.toString());
  }
}
