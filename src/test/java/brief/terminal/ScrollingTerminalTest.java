package brief.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Which terminals are asked to scroll, and the bytes that ask them. */
class ScrollingTerminalTest {
  @Test
  void xtermTmuxScreenTheLinuxConsoleTheVtsAndNamedEmulatorsScroll() {
    for (String term :
        new String[] {
          "xterm",
          "xterm-256color",
          "XTERM-256COLOR",
          "tmux-256color",
          "screen",
          "screen.xterm-256color",
          "linux",
          "linux-16color",
          "vt100",
          "vt220",
          "rxvt-unicode-256color",
          "st",
          "st-256color",
          "alacritty",
          "putty-256color",
          "foot"
        }) {
      assertTrue(ScrollingTerminal.scrolls(term), term);
    }
  }

  @Test
  void otherTerminalsAreRepaintedInstead() {
    for (String term : new String[] {"", "dumb", "ansi", "sun", "cons25", "vt52", "unknown"}) {
      assertFalse(ScrollingTerminal.scrolls(term), term);
    }
    assertFalse(ScrollingTerminal.scrolls(null));
  }

  @Test
  void scrollingUpResetsAttributesSetsTheRegionFeedsLinesAtItsBottomAndResetsIt() {
    assertEquals(
        "\u001b[0m\u001b[5;28r\u001b[28;1H\n\n\u001b[r",
        new String(ScrollingTerminal.sequence(true, 4, 27, 2), StandardCharsets.US_ASCII));
  }

  @Test
  void scrollingDownReverseIndexesAtTheRegionsTop() {
    assertEquals(
        "\u001b[0m\u001b[5;28r\u001b[5;1H\u001bM\u001b[r",
        new String(ScrollingTerminal.sequence(true, 4, 27, -1), StandardCharsets.US_ASCII));
  }

  @Test
  void aTerminalThatDoesNotScrollRefuses() {
    assertThrows(
        UnsupportedOperationException.class, () -> ScrollingTerminal.sequence(false, 4, 27, 1));
  }
}
