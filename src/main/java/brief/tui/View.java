package brief.tui;

import brief.core.Briefing;
import brief.core.ClaimLabel;
import brief.core.Query;
import brief.render.DisplayWidth;
import brief.render.Wrap;
import brief.tui.Lines.Span;
import brief.tui.ReaderState.Focus;
import brief.tui.ReaderState.Overlay;
import java.util.ArrayList;
import java.util.List;

/** {@code view(state) → frame}: what the reader shows, as plain cells with roles. */
public final class View {
  private View() {}

  public static Frame of(ReaderState s) {
    Size size = s.size();
    Frame f = new Frame(size.columns(), size.rows());
    if (size.tooSmall()) {
      TooSmall.draw(f, size);
    } else if (s.inLibrary()) {
      LibraryView.draw(f, s);
      if (s.overlay() == Overlay.HELP
          || s.overlay() == Overlay.PROBLEMS
          || s.overlay() == Overlay.PICKER) {
        overlay(f, s, Layout.of(size, false, s.textWidth()));
      }
    } else {
      Layout l = s.layout();
      header(f, s, l);
      if (l.twoPanes()) {
        sections(f, s, l, 0, l.listWidth());
        content(f, s, l, l.contentX(), l.contentWidth());
      } else if (s.nav().focus() == Focus.SECTIONS) {
        sections(f, s, l, 0, l.columns());
      } else {
        content(f, s, l, 0, l.columns());
      }
      if (s.overlay() != Overlay.NONE && !s.overlay().onStatusLine()) {
        overlay(f, s, l);
      }
      StatusLine.draw(f, s, l);
    }
    return f;
  }

  private static void header(Frame f, ReaderState s, Layout l) {
    Briefing b = s.briefing();
    f.linkTo(b.source().url());
    Glyphs g = s.glyphs();
    int row = 0;
    int w = l.columns();
    if (!b.classification().isEmpty()) {
      int x = f.put(0, row, " " + g.text(b.classification()) + " ", Role.BANNER, w);
      f.fill(x + 1, row, w - x - 1, g.horizontal(), Role.BORDER);
      row++;
    }
    String right = l.twoPanes() ? datedKind(b, g) + " " : "";
    int rightWidth = DisplayWidth.of(right);
    f.put(
        0,
        row,
        " " + Wrap.truncate(g.text(b.title()), Math.max(1, w - rightWidth - 3), g.ellipsis()),
        Role.TITLE);
    f.put(w - rightWidth, row, right, Role.DIM);
    if (l.twoPanes()) {
      row++;
      String filters =
          "filter: "
              + s.filter().describe()
              + "   search: "
              + (s.search().kept().isEmpty() ? "none" : g.text(s.search().kept().raw()))
              + " ";
      String filterText = Wrap.truncate(filters, Math.max(1, w / 2), g.ellipsis());
      int fw = DisplayWidth.of(filterText);
      f.put(
          0,
          row,
          " " + Wrap.truncate(g.text(author(b)), Math.max(1, w - fw - 3), g.ellipsis()),
          Role.DIM);
      f.put(
          w - fw,
          row,
          filterText,
          s.filter().isActive() || !s.search().kept().isEmpty() ? Role.MESSAGE : Role.DIM);
    }
  }

  private static String datedKind(Briefing b, Glyphs g) {
    List<String> parts = new ArrayList<>();
    if (!b.effectiveDate().isEmpty()) {
      parts.add(b.effectiveDate());
    }
    if (!b.source().kind().isEmpty()) {
      parts.add(b.source().kind());
    }
    return g.text(String.join(" " + g.dot() + " ", parts));
  }

  private static String author(Briefing b) {
    List<String> parts = new ArrayList<>();
    for (String p : List.of(ClaimLabel.authorship(b.source()), b.source().outlet(), b.region())) {
      if (!p.isEmpty()) {
        parts.add(p);
      }
    }
    return String.join(" · ", parts);
  }

  private static void sections(Frame f, ReaderState s, Layout l, int x, int w) {
    Glyphs g = s.glyphs();
    boolean focused = s.nav().focus() == Focus.SECTIONS;
    box(f, g, new Rect(x, l.bodyTop(), w, l.bodyRows()), "Sections", "", focused);
    List<Integer> rows = new ArrayList<>();
    for (int e = 0; e < s.entries().size(); e++) {
      if (s.entries().get(e).kind() == Entry.Kind.QUOTES) {
        rows.add(-1);
      }
      rows.add(e);
    }
    int inner = l.innerRows();
    int selectedRow = rows.indexOf(s.nav().entry());
    int first = Math.max(0, selectedRow - inner + 1);
    int textWidth = w - 2;
    for (int r = 0; r < inner && first + r < rows.size(); r++) {
      int y = l.bodyTop() + 1 + r;
      int e = rows.get(first + r);
      if (e < 0) {
        f.fill(x + 3, y, Math.max(0, textWidth - 6), g.horizontal(), Role.BORDER);
        continue;
      }
      Entry entry = s.entries().get(e);
      boolean selected = e == s.nav().entry();
      String count = entry.count() < 0 ? "" : String.valueOf(entry.count());
      String pointer = selected ? g.pointer() : " ";
      int titleRoom = Math.max(1, textWidth - 3 - count.length());
      String title = Wrap.truncate(entry.title(), titleRoom, g.ellipsis());
      Role role = entry.dimmed() ? Role.EMPTY : selected ? Role.BOLD : Role.NORMAL;
      f.put(x + 1, y, pointer + " ", selected ? Role.BOLD : Role.NORMAL, x + 1 + textWidth);
      f.put(x + 3, y, title, role, x + 1 + textWidth);
      f.put(
          x + 1 + textWidth - count.length(),
          y,
          count,
          entry.dimmed() ? Role.EMPTY : Role.DIM,
          x + 1 + textWidth);
      if (selected && focused) {
        f.paint(x + 1, y, textWidth, Role.SELECTED);
      }
    }
  }

  private static void content(Frame f, ReaderState s, Layout l, int x, int w) {
    Glyphs g = s.glyphs();
    Entry entry = s.currentEntry();
    boolean focused = s.nav().focus() == Focus.CONTENT;
    Geometry geo = Geometry.of(s);
    String position =
        entry.items().isEmpty() ? "" : (s.nav().item() + 1) + "/" + entry.items().size();
    box(f, g, new Rect(x, l.bodyTop(), w, l.bodyRows()), entry.title(), position, focused);
    int inner = l.innerRows();
    int top = l.bodyTop() + 1;
    int textX = x + 3;
    int limit = x + w - 1;
    if (entry.items().isEmpty()) {
      String why =
          s.filter().isActive()
              ? "Nothing here carries " + s.filter().describe() + ". Press c to clear the filter."
              : "Nothing here.";
      List<String> lines = Wrap.lines(why, l.contentTextWidth());
      for (int i = 0; i < lines.size() && i < inner; i++) {
        f.put(textX, top + i, lines.get(i), Role.DIM, limit);
      }
      return;
    }
    Query query = s.search().active(s.overlay());
    int scroll = s.nav().scroll();
    for (int i = 0; i < entry.items().size(); i++) {
      if (geo.end(i) <= scroll || geo.start(i) >= scroll + inner) {
        continue;
      }
      List<List<Span>> lines = Lines.of(entry.items().get(i), l.contentTextWidth(), query);
      boolean cursor = i == s.nav().item() && (focused || !l.twoPanes());
      Freshness.Mark fresh = Freshness.of(s.read(), entry.items().get(i));
      // The first line with text: a heading above an item starts with a blank line.
      int firstText = 0;
      while (firstText + 1 < lines.size()
          && lines.get(firstText).stream().allMatch(sp -> sp.text().isBlank())) {
        firstText++;
      }
      for (int k = 0; k < lines.size(); k++) {
        int row = geo.start(i) + k - scroll;
        if (row < 0 || row >= inner) {
          continue;
        }
        if (cursor) {
          f.put(x + 1, top + row, g.bar(), Role.CURSOR);
        }
        if (k == firstText && fresh != Freshness.Mark.NONE) {
          // Letters, not colour alone: they survive NO_COLOR and --ascii.
          f.put(x + 2, top + row, fresh == Freshness.Mark.ADDED ? "+" : "~", Role.HIGH);
        } else if (k == firstText && s.read().points().unread(entry, entry.items().get(i))) {
          f.put(x + 2, top + row, PointsRead.mark(g), Role.HIGH);
        }
        int col = textX;
        for (Span span : lines.get(k)) {
          col = f.put(col, top + row, span.text(), span.role(), limit);
        }
      }
    }
    if (scroll + inner < geo.total()) {
      String more = " " + (g.ascii() ? "v" : "↓") + " more ";
      f.put(x + w - 2 - DisplayWidth.of(more), l.bodyTop() + l.bodyRows() - 1, more, Role.DIM);
    }
  }

  static void box(Frame f, Glyphs g, Rect box, String title, String right, boolean focused) {
    int x = box.x();
    int y = box.y();
    int w = box.width();
    int h = box.height();
    if (w < 2 || h < 2) {
      return;
    }
    f.put(x, y, g.topLeft(), Role.BORDER);
    f.fill(x + 1, y, w - 2, g.horizontal(), Role.BORDER);
    f.put(x + w - 1, y, g.topRight(), Role.BORDER);
    int rightWidth = right.isEmpty() ? 0 : DisplayWidth.of(right) + 2;
    if (!right.isEmpty() && w > rightWidth + 6) {
      f.put(x + w - 2 - rightWidth - 1, y, " " + right + " ", Role.DIM);
    }
    int titleRoom = w - 4 - (w > rightWidth + 6 ? rightWidth + 2 : 0);
    if (titleRoom > 2) {
      f.put(
          x + 1,
          y,
          " " + Wrap.truncate(title, titleRoom - 2, g.ellipsis()) + " ",
          focused ? Role.PANE_TITLE : Role.BOLD);
    }
    for (int r = 1; r < h - 1; r++) {
      f.put(x, y + r, g.vertical(), Role.BORDER);
      f.put(x + w - 1, y + r, g.vertical(), Role.BORDER);
    }
    f.put(x, y + h - 1, g.bottomLeft(), Role.BORDER);
    f.fill(x + 1, y + h - 1, w - 2, g.horizontal(), Role.BORDER);
    f.put(x + w - 1, y + h - 1, g.bottomRight(), Role.BORDER);
  }

  private static void overlay(Frame f, ReaderState s, Layout l) {
    Rect b = Overlays.box(l);
    int x = b.x();
    int y = b.y();
    int w = b.width();
    int h = b.height();
    for (int r = 0; r < h; r++) {
      f.fill(x, y + r, w, " ", Role.NORMAL);
    }
    Glyphs g = s.glyphs();
    box(f, g, b, Overlays.title(s), Overlays.right(s), true);
    int inner = h - 2;
    if (s.overlay() == Overlay.PICKER) {
      picker(f, s, x, y, w, inner);
      return;
    }
    List<List<Span>> lines = Overlays.lines(s);
    int scroll = Math.min(s.overlayScroll(), Math.max(0, lines.size() - inner));
    for (int r = 0; r < inner && scroll + r < lines.size(); r++) {
      int col = x + 2;
      for (Span span : lines.get(scroll + r)) {
        col = f.put(col, y + 1 + r, span.text(), span.role(), x + w - 1);
      }
    }
    if (scroll + inner < lines.size()) {
      String more = " " + (g.ascii() ? "v" : "↓") + " more ";
      f.put(x + w - 2 - DisplayWidth.of(more), y + h - 1, more, Role.DIM);
    }
  }

  private static void picker(Frame f, ReaderState s, int x, int y, int w, int inner) {
    Glyphs g = s.glyphs();
    // The library's picker lists the themes of every briefing; a briefing's, its own.
    var themes =
        s.inLibrary() ? s.libraryScreen().filter().index().themes() : s.briefing().themes();
    ReaderState.Picker picker = s.inLibrary() ? s.libraryScreen().filter().picker() : s.picker();
    int cursor = picker.cursor();
    int first = Math.max(0, cursor - inner + 1);
    for (int r = 0; r < inner && first + r < themes.size(); r++) {
      var t = themes.get(first + r);
      String mark = picker.selection().contains(t.id()) ? g.checked() : g.unchecked();
      String line = mark + " " + g.text(t.label()) + "  (" + t.id() + ")";
      f.put(x + 2, y + 1 + r, Wrap.truncate(line, w - 4, g.ellipsis()), Role.NORMAL, x + w - 2);
      if (first + r == cursor) {
        f.paint(x + 1, y + 1 + r, w - 2, Role.SELECTED);
      }
    }
  }
}
