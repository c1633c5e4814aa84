package brief.tui;

import brief.render.DisplayWidth;

/**
 * Draws a prompt: what was typed, made safe letter by letter (its spaces kept, as they are typed),
 * with the cursor as a highlighted cell; when the line is wider than the room, it is cut on the
 * left so that the cursor stays in sight.
 */
final class PromptLine {
  private PromptLine() {}

  /** Draws {@code p} from column {@code x} within {@code room} columns; returns the next column. */
  static int draw(Frame f, int x, int y, int room, Prompt p, Glyphs g) {
    String before = shown(p.before(), g);
    String after = shown(p.after(), g);
    String under = after.isEmpty() ? " " : after.substring(0, after.offsetByCodePoints(0, 1));
    String rest = after.isEmpty() ? "" : after.substring(under.length());
    int space = Math.max(1, room - DisplayWidth.of(under));
    while (DisplayWidth.of(before) > space && !before.isEmpty()) {
      before = before.substring(before.offsetByCodePoints(0, 1));
    }
    int end = x + room;
    int at = f.put(x, y, before, Role.NORMAL, end);
    int next = f.put(at, y, under, Role.SELECTED, end);
    return f.put(next, y, rest, Role.NORMAL, end);
  }

  private static String shown(String typed, Glyphs g) {
    StringBuilder b = new StringBuilder(typed.length());
    typed
        .codePoints()
        .forEach(cp -> b.append(cp == ' ' ? " " : g.text(new String(Character.toChars(cp)))));
    return b.toString();
  }
}
