package brief.tui;

import brief.core.Briefing;
import brief.render.Wrap;

/** The library: one line per briefing, when the reader opens on more than one. */
final class LibraryView {
  private LibraryView() {}

  static void draw(Frame f, ReaderState s) {
    Glyphs g = s.glyphs();
    Size size = s.size();
    int w = size.columns();
    f.put(0, 0, " brief " + g.dot() + " " + s.library().size() + " briefings", Role.TITLE);
    int top = 1;
    int h = size.rows() - 2;
    View.box(f, g, 0, top, w, h, "Library", "", true);
    int inner = h - 2;
    java.util.Map<String, Integer> ids = new java.util.HashMap<>();
    s.library().forEach(b -> ids.merge(b.id(), 1, Integer::sum));
    int cursor = s.libraryCursor();
    int first = Math.max(0, cursor - inner + 1);
    for (int r = 0; r < inner && first + r < s.library().size(); r++) {
      Briefing b = s.library().get(first + r);
      String themes = String.join(", ", b.themes().stream().map(t -> t.id()).toList());
      // Two files with one id are both shown, marked: a lookup by that id fails until one changes.
      String mark = ids.get(b.id()) > 1 ? "(duplicate id!) " : "";
      String line = Wrap.pad(b.effectiveDate(), 10) + "  " + mark + g.text(b.title()) + "  " + themes;
      f.put(2, top + 1 + r, Wrap.truncate(line, w - 4, g.ellipsis()), Role.NORMAL, w - 2);
      if (first + r == cursor) {
        f.paint(1, top + 1 + r, w - 2, Role.SELECTED);
      }
    }
    if (s.library().isEmpty()) {
      f.put(2, top + 1, "The library holds no briefing.", Role.DIM);
    }
    StatusLine.hints(f, size.rows() - 1, w, Keys.hints(Keys.Mode.LIBRARY, false));
  }
}
