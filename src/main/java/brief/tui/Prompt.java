package brief.tui;

import brief.tui.Keys.Action;
import java.util.List;

/**
 * A line being typed after {@code /} or {@code :}, edited with the keys of readline: the text, the
 * cursor (a char offset, always between code points) and, while Up and Down go through the earlier
 * searches, which one is shown ({@code recalled}, -1 for none) and the line typed before.
 */
public record Prompt(String text, int cursor, int recalled, String typed) {
  public static final Prompt EMPTY = new Prompt("", 0, -1, "");

  /** {@code text} with the cursor at its end. */
  public static Prompt of(String text) {
    return new Prompt(text, text.length(), -1, "");
  }

  /** The text before the cursor. */
  String before() {
    return text.substring(0, cursor);
  }

  /** The text from the cursor on. */
  String after() {
    return text.substring(cursor);
  }

  /**
   * The prompt after {@code in} ({@code action} in the prompt's keys, or a letter typed); null when
   * nothing changes, so that the caller can tell a key that did nothing. {@code history} is the
   * session's earlier searches, oldest first.
   */
  Prompt edited(Action action, Input in, List<String> history) {
    if (action == null) {
      return in instanceof Input.Key k && !Character.isISOControl(k.codePoint())
          ? changed(before() + new String(Character.toChars(k.codePoint())), after())
          : null;
    }
    return switch (action) {
      case ERASE -> cursor == 0 ? null : changed(before().substring(0, back(cursor)), after());
      case ERASE_WORD -> cursor == 0 ? null : changed(text.substring(0, wordStart()), after());
      case ERASE_TO_START -> cursor == 0 ? null : changed("", after());
      case ERASE_TO_END -> cursor == text.length() ? null : changed(before(), "");
      case PROMPT_START -> moved(0);
      case PROMPT_END -> moved(text.length());
      case PROMPT_LEFT -> moved(cursor == 0 ? 0 : back(cursor));
      case PROMPT_RIGHT ->
          moved(cursor == text.length() ? cursor : text.offsetByCodePoints(cursor, 1));
      case OLDER -> recall(history, recalled < 0 ? history.size() - 1 : recalled - 1);
      case NEWER -> recalled < 0 ? null : recall(history, recalled + 1);
      default -> null;
    };
  }

  private int back(int at) {
    return text.offsetByCodePoints(at, -1);
  }

  /**
   * Where Ctrl-W erases back to: the start of the word before the cursor, and the spaces after it.
   */
  private int wordStart() {
    int at = cursor;
    while (at > 0 && Character.isWhitespace(text.codePointBefore(at))) {
      at = back(at);
    }
    while (at > 0 && !Character.isWhitespace(text.codePointBefore(at))) {
      at = back(at);
    }
    return at;
  }

  private Prompt changed(String left, String right) {
    return new Prompt(left + right, left.length(), -1, "");
  }

  private Prompt moved(int to) {
    return to == cursor ? null : new Prompt(text, to, recalled, typed);
  }

  /** Shows the earlier search {@code index}; past the newest, the line typed before Up. */
  private Prompt recall(List<String> history, int index) {
    if (index < 0) {
      return null;
    }
    String line = recalled < 0 ? text : typed;
    if (index >= history.size()) {
      return new Prompt(line, line.length(), -1, "");
    }
    String shown = history.get(index);
    return new Prompt(shown, shown.length(), index, line);
  }
}
