package brief.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The key tables are the one place keys are defined: complete, documented, never ambiguous. */
class KeysTest {
  @Test
  void noKeyIsBoundTwiceInAMode() {
    for (Keys.Mode mode : Keys.Mode.values()) {
      Map<Input, Keys.Action> seen = new HashMap<>();
      for (Keys.Binding b : Keys.of(mode)) {
        for (Input in : b.inputs()) {
          Keys.Action before = seen.put(in, b.action());
          assertEquals(
              null, before, mode + ": " + in + " is bound to " + before + " and " + b.action());
        }
      }
    }
  }

  @Test
  void everyBindingHasKeysHelpAndInputs() {
    for (Keys.Mode mode : Keys.Mode.values()) {
      for (Keys.Binding b : Keys.of(mode)) {
        assertFalse(b.keys().isBlank(), b.toString());
        assertFalse(b.help().isBlank(), b + " has no help");
        assertFalse(b.inputs().isEmpty(), b + " has no key");
        assertEquals(b.hint().isEmpty(), b.hintKeys().isEmpty(), b.toString());
      }
    }
  }

  @Test
  void everyActionIsBoundSomewhere() {
    Set<Keys.Action> bound = EnumSet.noneOf(Keys.Action.class);
    for (Keys.Mode mode : Keys.Mode.values()) {
      Keys.of(mode).forEach(b -> bound.add(b.action()));
    }
    assertEquals(EnumSet.allOf(Keys.Action.class), bound);
  }

  @Test
  void everyOverlayCanBeClosedAndTheReaderQuit() {
    for (Keys.Mode mode :
        Set.of(Keys.Mode.PICKER, Keys.Mode.HELP, Keys.Mode.SUMMARY, Keys.Mode.SOURCE)) {
      assertEquals(Keys.Action.CLOSE, Keys.action(mode, Input.Special.ESCAPE), mode.toString());
    }
    assertEquals(Keys.Action.QUIT, Keys.action(Keys.Mode.READING, new Input.Key('q')));
    assertEquals(Keys.Action.INTERRUPT, Keys.action(Keys.Mode.ANYWHERE, Input.Special.INTERRUPT));
  }

  @Test
  void theStatusLineHintsNameBoundKeys() {
    for (String[] hint : Keys.hints(Keys.Mode.READING, false)) {
      assertTrue(
          Keys.of(Keys.Mode.READING).stream().anyMatch(b -> b.hintKeys().equals(hint[0])), hint[0]);
    }
    assertTrue(
        Keys.hints(Keys.Mode.READING, true).size() < Keys.hints(Keys.Mode.READING, false).size());
  }
}
