package brief.tui;

import brief.tui.Keys.Action;
import brief.tui.Keys.Mode;
import brief.tui.ReaderState.Overlay;

/** The {@code :} prompt: a section's number typed, Enter goes there. */
final class SectionJump {
  private SectionJump() {}

  /** {@code :} then digits then Enter: section N of the list, past 9 too. */
  static ReaderState typing(ReaderState s, Input in) {
    Action action = Keys.action(Mode.GOTO, in);
    if (action == Action.CANCEL) {
      return s.withPrompt(Prompt.EMPTY).withOverlay(Overlay.NONE, 0);
    }
    if (action == Action.APPLY) {
      ReaderState closed = s.withPrompt(Prompt.EMPTY).withOverlay(Overlay.NONE, 0);
      String digits = s.prompt().text();
      int n = digits.isEmpty() ? 0 : Integer.parseInt(digits);
      int count = s.entries().size();
      return n >= 1 && n <= count
          ? closed.withNav(s.nav().atEntry(n - 1))
          : closed.withMessage("no section " + digits + ": the list has 1 to " + count);
    }
    boolean digit = in instanceof Input.Key k && k.codePoint() >= '0' && k.codePoint() <= '9';
    if (action != Action.ERASE && (!digit || s.prompt().text().length() >= 4)) {
      return s;
    }
    Prompt next = s.prompt().edited(action, in, java.util.List.of());
    return next == null ? s : s.withPrompt(next);
  }
}
