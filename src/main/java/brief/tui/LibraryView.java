package brief.tui;

import brief.core.Briefing;
import brief.core.ReadMarks;
import brief.render.DisplayWidth;
import brief.render.Sanitizer;
import brief.render.Wrap;
import java.util.List;

/**
 * The library: one line per briefing, when the reader opens on more than one, in columns a reader
 * scans: date, classification mark, title, then the id (the first column left out when the screen
 * is narrow, so that the title stays); filtered as you type and by theme, with the position in what
 * is shown.
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
    ReaderState.LibraryScreen l = s.libraryScreen();
    LibraryFilter filter = l.filter();
    List<Integer> shown = filter.shown();
    ReadMarks marks = s.read().marks();
    String unread = marks.kept() ? " " + g.dot() + " " + marks.unread() + " unread" : "";
    f.put(0, 0, " brief " + g.dot() + " " + s.library().size() + " briefings" + unread, Role.TITLE);
    int top = 1;
    int h = size.rows() - 2;
    String position = shown.isEmpty() ? "0/0" : (l.cursor() + 1) + "/" + shown.size();
    View.box(f, g, new Rect(0, top, w, h), "Library", position, true);
    int inner = h - 2;
    // The read mark takes two columns before the others when read state is kept.
    Columns c = Columns.of(s, w - 4 - (marks.kept() ? 2 : 0));
    int cursor = l.cursor();
    int first = Math.max(0, cursor - inner + 1);
    for (int r = 0; r < inner && first + r < shown.size(); r++) {
      Briefing b = s.library().get(shown.get(first + r));
      f.put(2, top + 1 + r, readMark(marks, b, g) + c.line(b, s), Role.NORMAL, w - 2);
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

  /** The widths of the columns, worked out once a frame from the whole library. */
  private record Columns(int mark, int title, int id, java.util.Set<String> shared) {
    private static final int DATE = 10;
    private static final int GAP = 2;
    private static final int MIN_TITLE = 30;

    static Columns of(ReaderState s, int width) {
      int mark = 0;
      int id = 0;
      java.util.Set<String> seen = new java.util.HashSet<>();
      java.util.Set<String> shared = new java.util.HashSet<>();
      for (Briefing b : s.library()) {
        if (!seen.add(b.id())) {
          shared.add(b.id());
        }
      }
      for (Briefing b : s.library()) {
        mark = Math.max(mark, DisplayWidth.of(mark(b)));
        id = Math.max(id, DisplayWidth.of(id(b, s, shared)));
      }
      int rest = width - DATE - GAP - (mark > 0 ? mark + GAP : 0);
      int title = rest - id - GAP;
      if (title < MIN_TITLE) {
        // The id goes first: the title is what a reader looks for.
        return new Columns(mark, Math.max(1, rest), 0, shared);
      }
      return new Columns(mark, title, id, shared);
    }

    String line(Briefing b, ReaderState s) {
      Glyphs g = s.glyphs();
      StringBuilder line = new StringBuilder(Wrap.pad(g.text(b.effectiveDate()), DATE));
      if (mark > 0) {
        line.append(" ".repeat(GAP)).append(Wrap.pad(mark(b), mark));
      }
      line.append(" ".repeat(GAP));
      String cut = Wrap.truncate(g.text(b.title()), title, g.ellipsis());
      if (id == 0) {
        return line.append(cut).toString();
      }
      return line.append(Wrap.pad(cut, title))
          .append(" ".repeat(GAP))
          .append(g.text(id(b, s, shared)))
          .toString();
    }

    /**
     * The classification as a portion mark: the initials of its words in brackets (UNCLASSIFIED is
     * (U), TOP SECRET is (TS)), at most four letters; empty when the briefing has none. The
     * brackets keep it apart from the read marks (U: updated since read).
     */
    static String mark(Briefing b) {
      StringBuilder m = new StringBuilder();
      for (String word : b.classification().split("[^\\p{L}]+")) {
        if (!word.isEmpty() && m.length() < 4) {
          m.appendCodePoint(Character.toUpperCase(word.codePointAt(0)));
        }
      }
      return m.isEmpty() ? "" : "(" + Sanitizer.line(m.toString()) + ")";
    }

    /**
     * The id; one that several briefings share is marked (a lookup by it fails until one changes),
     * with their files where the library named them.
     */
    static String id(Briefing b, ReaderState s, java.util.Set<String> shared) {
      List<String> files = s.duplicates().get(b.id());
      if (!shared.contains(b.id())) {
        return b.id();
      }
      if (files == null || files.isEmpty()) {
        return b.id() + " (duplicate id!)";
      }
      List<String> names =
          files.stream().map(f -> java.nio.file.Path.of(f).getFileName().toString()).toList();
      return b.id() + " (duplicate id!: " + String.join(", ", names) + ")";
    }
  }
}
