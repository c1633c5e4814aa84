package brief.terminal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import brief.tui.Input;
import brief.tui.Input.Special;
import com.googlecode.lanterna.input.CtrlAndCharacterPattern;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyMapTest {
  private final KeyMap keys = new KeyMap();

  @Test
  void lettersArrowsAndControlKeysMapToReaderInputs() {
    assertEquals(List.of(new Input.Key('j')), keys.map(new KeyStroke('j', false, false)));
    assertEquals(List.of(Special.DOWN), keys.map(new KeyStroke(KeyType.ArrowDown)));
    assertEquals(List.of(Special.BACK_TAB), keys.map(new KeyStroke(KeyType.ReverseTab)));
    assertEquals(List.of(Special.INTERRUPT), keys.map(new KeyStroke('c', true, false)));
    assertEquals(List.of(Special.REPAINT), keys.map(new KeyStroke('l', true, false)));
    assertEquals(List.of(Special.INTERRUPT), keys.map(new KeyStroke(KeyType.EOF)));
  }

  @Test
  void ctrlBackslashQuitsAsCtrlCDoes() {
    KeyStroke decoded = new CtrlAndCharacterPattern().match(List.of((char) 0x1c)).fullMatch;
    assertEquals(List.of(Special.INTERRUPT), keys.map(decoded));
  }

  @Test
  void escapeTypedQuicklyBeforeAKeyIsReadAsBothKeys() {
    assertEquals(
        List.of(Special.ESCAPE, new Input.Key('/')), keys.map(new KeyStroke('/', false, true)));
  }

  @Test
  void anEmojiTypedAsTwoCharsArrivesAsOneCodePoint() {
    String wave = "🌊";
    assertEquals(List.of(), keys.map(new KeyStroke(wave.charAt(0), false, false)));
    assertEquals(
        List.of(new Input.Key(wave.codePointAt(0))),
        keys.map(new KeyStroke(wave.charAt(1), false, false)));
  }
}
