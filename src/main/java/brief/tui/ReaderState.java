package brief.tui;

import brief.core.Briefing;
import brief.core.Query;
import brief.core.ThemeFilter;
import java.util.List;
import java.util.Set;

/**
 * Everything the reader shows, as one immutable value. {@code briefing} is null while the
 * library list is shown. {@code entries} is derived from the briefing and the filter, and
 * kept here so that a keystroke does not rebuild it.
 */
public record ReaderState(
    List<Briefing> library,
    int libraryCursor,
    Briefing briefing,
    ThemeFilter filter,
    List<Entry> entries,
    Glyphs glyphs,
    Nav nav,
    Overlay overlay,
    int overlayScroll,
    Picker picker,
    Search search,
    String message,
    Size size,
    boolean quit,
    boolean repaint) {

  /** Which pane has the keys. */
  public enum Focus { SECTIONS, CONTENT }

  /** What is drawn over the panes. */
  public enum Overlay { NONE, HELP, SUMMARY, PICKER, SEARCH, SOURCE }

  /** Where the reader is: the entry, the item under the cursor, the first content row shown. */
  public record Nav(Focus focus, int entry, int item, int scroll) {
    public static final Nav START = new Nav(Focus.SECTIONS, 0, 0, 0);
  }

  /** The theme picker: its cursor and the themes ticked so far. */
  public record Picker(int cursor, Set<String> selection) {
    public Picker {
      selection = Set.copyOf(selection);
    }
  }

  /** The kept search, and while typing, the draft and where the reader was before it. */
  public record Search(Query kept, String draft, Nav before) {
    public static final Search NONE = new Search(Query.NONE, "", Nav.START);

    /** What to highlight: the draft while typing, else the kept query. */
    public Query active(Overlay overlay) {
      return overlay == Overlay.SEARCH ? Query.parse(draft) : kept;
    }
  }

  /** The reader on a library; with one briefing it opens that briefing straight away. */
  public static ReaderState start(List<Briefing> library, Size size, Glyphs glyphs) {
    ReaderState s = new ReaderState(List.copyOf(library), 0, null, ThemeFilter.NONE, List.of(), glyphs,
        Nav.START, Overlay.NONE, 0, new Picker(0, Set.of()), Search.NONE, "", size, false, false);
    return library.size() == 1 ? s.open(library.get(0)) : s;
  }

  public ReaderState open(Briefing b) {
    return new ReaderState(library, libraryCursor, b, ThemeFilter.NONE, Contents.of(b, ThemeFilter.NONE, glyphs),
        glyphs, Nav.START, Overlay.NONE, 0, new Picker(0, Set.of()), Search.NONE, "", size, false, repaint);
  }

  public ReaderState closeBriefing() {
    return new ReaderState(library, libraryCursor, null, ThemeFilter.NONE, List.of(), glyphs, Nav.START,
        Overlay.NONE, 0, picker, Search.NONE, "", size, false, repaint);
  }

  public ReaderState withFilter(ThemeFilter f) {
    return new ReaderState(library, libraryCursor, briefing, f, Contents.of(briefing, f, glyphs), glyphs,
        nav, overlay, overlayScroll, picker, search, message, size, quit, repaint);
  }

  public ReaderState withLibraryCursor(int cursor) {
    return new ReaderState(library, cursor, briefing, filter, entries, glyphs, nav, overlay, overlayScroll,
        picker, search, message, size, quit, repaint);
  }

  public ReaderState withNav(Nav n) {
    return new ReaderState(library, libraryCursor, briefing, filter, entries, glyphs, n, overlay, overlayScroll,
        picker, search, message, size, quit, repaint);
  }

  public ReaderState withOverlay(Overlay o, int scroll) {
    return new ReaderState(library, libraryCursor, briefing, filter, entries, glyphs, nav, o, scroll, picker,
        search, message, size, quit, repaint);
  }

  public ReaderState withPicker(Picker p) {
    return new ReaderState(library, libraryCursor, briefing, filter, entries, glyphs, nav, overlay,
        overlayScroll, p, search, message, size, quit, repaint);
  }

  public ReaderState withSearch(Search s) {
    return new ReaderState(library, libraryCursor, briefing, filter, entries, glyphs, nav, overlay,
        overlayScroll, picker, s, message, size, quit, repaint);
  }

  public ReaderState withMessage(String m) {
    return new ReaderState(library, libraryCursor, briefing, filter, entries, glyphs, nav, overlay,
        overlayScroll, picker, search, m, size, quit, repaint);
  }

  public ReaderState withSize(Size s) {
    return new ReaderState(library, libraryCursor, briefing, filter, entries, glyphs, nav, overlay,
        overlayScroll, picker, search, message, s, quit, true);
  }

  public ReaderState quitting() {
    return new ReaderState(library, libraryCursor, briefing, filter, entries, glyphs, nav, overlay,
        overlayScroll, picker, search, message, size, true, repaint);
  }

  public ReaderState withRepaint(boolean r) {
    return new ReaderState(library, libraryCursor, briefing, filter, entries, glyphs, nav, overlay,
        overlayScroll, picker, search, message, size, quit, r);
  }

  public Layout layout() {
    return Layout.of(size, briefing != null && !briefing.classification().isEmpty());
  }

  public Entry currentEntry() {
    return entries.get(nav.entry());
  }

  /** The item under the cursor of the content pane; null when the entry has none. */
  public Item currentItem() {
    List<Item> items = currentEntry().items();
    return nav.item() < items.size() ? items.get(nav.item()) : null;
  }
}
