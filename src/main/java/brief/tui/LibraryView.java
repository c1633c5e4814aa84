package brief.tui;

import brief.core.Briefing;
import brief.core.ReadMarks;
import brief.render.Wrap;
import java.util.List;

/**
 * The library: one line per briefing (date, id, title, themes), when the reader opens on more than
 * one; filtered as you type and by theme, with the position in what is shown.
 */
final class LibraryView {
  private LibraryView() {}

  /** Unread, or changed since read: a mark of its own, not a colour (NO_COLOR, --ascii). */
  private static String readMark(ReadMarks marks, Briefing b, Glyphs g) {
    if (!marks.kept()) {
      return "";
    }
    return switch (marks.status(b)) {
      case UNREAD -> g.unread() + " ";
      case CHANGED -> g.changed() + " ";
      case READ -> "  ";
    };
  }

  static void draw(Frame f, ReaderState s) {
    Glyphs g = s.glyphs();
    Size size = s.size();
    int w = size.columns();
    ReaderState.Library l = s.libraryScreen();
    LibraryFilter filter = l.filter();
    List<Integer> shown = filter.shown();
    ReadMarks marks = s.read().marks();
    String unread = marks.kept() ? " " + g.dot() + " " + marks.unread() + " unread" : "";
    f.put(0, 0, " brief " + g.dot() + " " + s.library().size() + " briefings" + unread, Role.TITLE);
    int top = 1;
    int h = size.rows() - 2;
    String position = shown.isEmpty() ? "0/0" : (l.cursor() + 1) + "/" + shown.size();
    View.box(f, g, 0, top, w, h, "Library", position, true);
    int inner = h - 2;
    java.util.Map<String, Integer> ids = new java.util.HashMap<>();
    s.library().forEach(b -> ids.merge(b.id(), 1, Integer::sum));
    int cursor = l.cursor();
    int first = Math.max(0, cursor - inner + 1);
    for (int r = 0; r < inner && first + r < shown.size(); r++) {
      Briefing b = s.library().get(shown.get(first + r));
      String themes = String.join(", ", b.themes().stream().map(t -> t.id()).toList());
      // Two files with one id are both shown, marked: a lookup by that id fails until one changes.
      String mark = ids.get(b.id()) > 1 ? "(duplicate id!) " : "";
      String line =
          readMark(marks, b, g)
              + Wrap.pad(b.effectiveDate(), 10)
              + "  "
              + g.text(b.id())
              + "  "
              + mark
              + g.text(b.title())
              + "  "
              + themes;
      f.put(2, top + 1 + r, Wrap.truncate(line, w - 4, g.ellipsis()), Role.NORMAL, w - 2);
      if (first + r == cursor) {
        f.paint(1, top + 1 + r, w - 2, Role.SELECTED);
      }
    }
    if (s.library().isEmpty()) {
      f.put(2, top + 1, "The library holds no briefing.", Role.DIM);
    } else if (shown.isEmpty()) {
      f.put(2, top + 1, "No briefing matches: Esc shows every briefing.", Role.DIM);
    }
    int y = size.rows() - 1;
    if (filter.typing()) {
      // What was typed, transliterated under --ascii; the search is for what was typed.
      int x = f.put(0, y, "/", Role.KEY);
      PromptLine.draw(f, x, y, Math.max(1, w - 2), s.prompt(), g);
    } else if (!s.message().isEmpty()) {
      f.put(1, y, Wrap.truncate(s.message(), w - 2, g.ellipsis()), Role.MESSAGE);
    } else if (filter.isActive()) {
      String active =
          (filter.draft().isBlank() ? "" : "filter: " + g.text(filter.draft()) + "  ")
              + (filter.themes().isActive() ? "themes: " + filter.themes().describe() + "  " : "")
              + "Esc clears";
      f.put(1, y, Wrap.truncate(active, w - 2, g.ellipsis()), Role.MESSAGE);
    } else {
      StatusLine.hints(f, y, w, Keys.hints(Keys.Mode.LIBRARY, false));
    }
  }
}
