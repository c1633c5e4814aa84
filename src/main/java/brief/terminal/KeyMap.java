package brief.terminal;

import brief.tui.Input;
import brief.tui.Input.Special;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;

/**
 * Key strokes as reader inputs. Keeps the first half of a surrogate pair until the second comes.
 */
final class KeyMap {
  private char pendingHighSurrogate;

  /**
   * The inputs for a key stroke (none for keys the reader does not use). Terminals send Alt+x as
   * Esc followed by x, so Esc typed quickly before a key arrives as Alt+key: it is read back as the
   * two keys it was.
   */
  List<Input> map(KeyStroke key) {
    if (key.getKeyType() == KeyType.Character && key.isAltDown() && !key.isCtrlDown()) {
      Input plain = one(new KeyStroke(key.getCharacter(), false, false));
      return plain == null ? List.of(Special.ESCAPE) : List.of(Special.ESCAPE, plain);
    }
    Input input = one(key);
    return input == null ? List.of() : List.of(input);
  }

  private Input one(KeyStroke key) {
    KeyType type = key.getKeyType();
    if (type == KeyType.Character) {
      char c = key.getCharacter();
      if (key.isCtrlDown()) {
        return switch (Character.toLowerCase(c)) {
          case 'c', '\\' -> Special.INTERRUPT;
          case 'l' -> Special.REPAINT;
          case 'z' -> Special.SUSPEND;
          case 'h' -> Special.BACKSPACE;
          default -> {
            char letter = Character.toLowerCase(c);
            yield letter >= 'a' && letter <= 'z' ? new Input.Ctrl(letter) : null;
          }
        };
      }
      if (Character.isHighSurrogate(c)) {
        pendingHighSurrogate = c;
        return null;
      }
      if (Character.isLowSurrogate(c) && pendingHighSurrogate != 0) {
        int cp = Character.toCodePoint(pendingHighSurrogate, c);
        pendingHighSurrogate = 0;
        return new Input.Key(cp);
      }
      return new Input.Key(c);
    }
    return switch (type) {
      case ArrowUp -> Special.UP;
      case ArrowDown -> Special.DOWN;
      case ArrowLeft -> Special.LEFT;
      case ArrowRight -> Special.RIGHT;
      case PageUp -> Special.PAGE_UP;
      case PageDown -> Special.PAGE_DOWN;
      case Home -> Special.HOME;
      case End -> Special.END;
      case Tab -> Special.TAB;
      case ReverseTab -> Special.BACK_TAB;
      case Enter -> Special.ENTER;
      case Escape -> Special.ESCAPE;
      case Backspace, Delete -> Special.BACKSPACE;
      case EOF -> Special.INTERRUPT;
      default -> null;
    };
  }
}
