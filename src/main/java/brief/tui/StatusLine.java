package brief.tui;

import brief.core.Query;
import brief.render.Wrap;
import brief.tui.ReaderState.Overlay;
import java.util.ArrayList;
import java.util.List;

/**
 * The bottom line of the screen: the search being typed, a message, the active filters or the key
 * hints.
 */
final class StatusLine {
  private StatusLine() {}

  static void draw(Frame f, ReaderState s, Layout l) {
    int y = l.statusRow();
    int w = l.columns();
    if (s.overlay() == Overlay.GOTO) {
      int x = f.put(0, y, ":", Role.KEY);
      x = PromptLine.draw(f, x, y, 5, s.prompt(), s.glyphs());
      f.put(x + 1, y, "section 1 to " + s.entries().size() + ", Enter goes", Role.DIM);
      return;
    }
    if (s.overlay() == Overlay.SEARCH) {
      int x = f.put(0, y, "/", Role.KEY);
      PromptLine.draw(f, x, y, Math.max(1, w - 20), s.prompt(), s.glyphs());
      Query q = Query.parse(s.search().draft());
      if (!q.isEmpty()) {
        int n = Searching.matches(s, q).size();
        String count = n == 0 ? "no match" : n + (n == 1 ? " match" : " matches");
        f.put(w - count.length() - 1, y, count, n == 0 ? Role.MESSAGE : Role.DIM);
      }
      return;
    }
    if (!s.message().isEmpty()) {
      f.put(1, y, Wrap.truncate(s.message(), w - 2, s.glyphs().ellipsis()), Role.MESSAGE);
      return;
    }
    // A box has keys of its own: the reading keys would do nothing there.
    Keys.Mode box =
        switch (s.overlay()) {
          case HELP -> Keys.Mode.HELP;
          case SUMMARY -> Keys.Mode.SUMMARY;
          case SOURCE -> Keys.Mode.SOURCE;
          case PROBLEMS -> Keys.Mode.PROBLEMS;
          case PICKER -> Keys.Mode.PICKER;
          default -> null;
        };
    if (box != null) {
      hints(f, y, w, Keys.hints(box, !l.twoPanes()));
      return;
    }
    if (l.twoPanes()) {
      hints(f, y, w, Keys.hints(Keys.Mode.READING, false));
      return;
    }
    // One pane at a time has no header line for the filters: they go on the status line.
    List<String> active = new ArrayList<>();
    if (s.filter().isActive()) {
      active.add("filter: " + s.filter().describe());
    }
    if (!s.search().kept().isEmpty()) {
      active.add("search: " + s.glyphs().text(s.search().kept().raw()));
    }
    if (active.isEmpty()) {
      hints(f, y, w, Keys.hints(Keys.Mode.READING, true));
    } else {
      f.put(
          1,
          y,
          Wrap.truncate(String.join("  ", active), w - 2, s.glyphs().ellipsis()),
          Role.MESSAGE);
    }
  }

  static void hints(Frame f, int y, int w, List<String[]> pairs) {
    int x = 1;
    for (String[] pair : pairs) {
      int need = pair[0].length() + 1 + pair[1].length();
      if (x + need > w) {
        break;
      }
      x = f.put(x, y, pair[0], Role.KEY);
      x = f.put(x + 1, y, pair[1], Role.DIM) + 2;
    }
  }
}
