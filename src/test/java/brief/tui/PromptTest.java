package brief.tui;

import static brief.tui.Input.Special.DOWN;
import static brief.tui.Input.Special.END;
import static brief.tui.Input.Special.ENTER;
import static brief.tui.Input.Special.ESCAPE;
import static brief.tui.Input.Special.HOME;
import static brief.tui.Input.Special.LEFT;
import static brief.tui.Input.Special.RIGHT;
import static brief.tui.Input.Special.UP;
import static brief.tui.ReaderFixture.type;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import brief.tui.ReaderState.Overlay;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The {@code /} prompt edits as readline does, and Up and Down bring back earlier searches. */
class PromptTest {
  private static final Input CTRL_A = new Input.Ctrl('a');
  private static final Input CTRL_E = new Input.Ctrl('e');
  private static final Input CTRL_B = new Input.Ctrl('b');
  private static final Input CTRL_F = new Input.Ctrl('f');
  private static final Input CTRL_W = new Input.Ctrl('w');
  private static final Input CTRL_U = new Input.Ctrl('u');
  private static final Input CTRL_K = new Input.Ctrl('k');

  private static ReaderState typed(Object... keys) {
    Object[] all = new Object[keys.length + 1];
    all[0] = "/";
    System.arraycopy(keys, 0, all, 1, keys.length);
    return type(ReaderFixture.on(100, 30), all);
  }

  @Test
  void lettersGoInWhereTheCursorIs() {
    ReaderState s = typed("shsha", CTRL_A, RIGHT, RIGHT, "u");
    assertEquals("shusha", s.search().draft());
    assertEquals(3, s.prompt().cursor());
    assertEquals("shusha", type(s, CTRL_E).prompt().before());
    assertEquals("shus", type(s, CTRL_E, LEFT, CTRL_B).prompt().before());
    assertEquals("s", type(s, HOME, CTRL_F).prompt().before());
  }

  @Test
  void ctrlWErasesTheWordBeforeTheCursorAndTheSpacesAfterIt() {
    assertEquals("energy ", typed("energy corridor", CTRL_W).search().draft());
    assertEquals("", typed("energy corridor", CTRL_W, CTRL_W).search().draft());
    ReaderState beforeCorridor = typed("energy corridor");
    for (int i = 0; i < "corridor".length(); i++) {
      beforeCorridor = type(beforeCorridor, LEFT);
    }
    assertEquals("corridor", type(beforeCorridor, CTRL_W).search().draft());
  }

  @Test
  void ctrlUAndCtrlKEraseToEitherEndOfTheLine() {
    ReaderState mid = typed("energy corridor", HOME, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT, RIGHT);
    assertEquals(" corridor", type(mid, CTRL_U).search().draft());
    assertEquals(0, type(mid, CTRL_U).prompt().cursor());
    assertEquals("energy", type(mid, CTRL_K).search().draft());
  }

  @Test
  void anEditedSearchFindsAsTheTypedOneWould() {
    ReaderState edited = typed("shsha", HOME, RIGHT, RIGHT, "u", ENTER);
    ReaderState typed = typed("shusha", ENTER);
    assertEquals(typed.search().kept(), edited.search().kept());
    assertEquals(typed.nav(), edited.nav());
    assertEquals(typed.message(), edited.message());
  }

  @Test
  void upAndDownGoThroughThisSessionsSearchesAndBackToTheLineBeingTyped() {
    ReaderState s = type(ReaderFixture.on(100, 30), "/", "shusha", ENTER, "/", "energy", ENTER);
    s = type(s, "/", "wash");
    assertEquals("energy", type(s, UP).search().draft());
    assertEquals("shusha", type(s, UP, UP).search().draft());
    assertEquals("shusha", type(s, UP, UP, UP).search().draft());
    assertEquals("energy", type(s, UP, UP, DOWN).search().draft());
    assertEquals("wash", type(s, UP, UP, DOWN, DOWN).search().draft());
    assertEquals("energy", type(s, UP, ENTER).search().kept().raw());
  }

  @Test
  void escapeForgetsTheLineAndTheSearchIsNotRemembered() {
    ReaderState s = type(ReaderFixture.on(100, 30), "/", "shusha", ESCAPE);
    assertEquals(Overlay.NONE, s.overlay());
    assertEquals(List.of(), s.session().history());
    assertEquals("", type(s, "/").prompt().text());
  }

  @Test
  void aKeyThatChangesNothingLeavesThePromptAsItWas() {
    Prompt empty = Prompt.EMPTY;
    assertNull(empty.edited(Keys.Action.ERASE, Input.Special.BACKSPACE, List.of()));
    assertNull(empty.edited(Keys.Action.PROMPT_LEFT, LEFT, List.of()));
    assertNull(empty.edited(Keys.Action.OLDER, UP, List.of()));
    assertNull(Prompt.of("x").edited(Keys.Action.PROMPT_END, END, List.of()));
  }

  @Test
  void theCursorStepsOverAWholeEmoji() {
    ReaderState s = typed("a🌊b", LEFT, LEFT);
    assertEquals("a", s.prompt().before());
    assertEquals("ab", type(s, RIGHT, Input.Special.BACKSPACE).search().draft());
  }

  @Test
  void theLibraryFilterEditsTheSameWay() {
    ReaderState lib =
        ReaderState.start(
            List.of(
                ReaderFixture.BUNDLED,
                ReaderFixture.load("src/test/resources/valid/water-talks.yaml")),
            new Size(100, 30),
            Glyphs.UNICODE);
    ReaderState s = type(lib, "/", "water talks", CTRL_W, CTRL_W);
    assertEquals("", s.libraryScreen().filter().draft());
    assertEquals(2, s.libraryScreen().filter().shown().size());
  }
}
