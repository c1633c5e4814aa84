package brief.tui;

import brief.core.Briefing;
import brief.core.Query;
import brief.core.ReadMarks;
import brief.core.ThemeFilter;
import java.util.List;
import java.util.Set;

// Over 300 lines: the reader's whole state, its screens and their withers, which change together.
/**
 * Everything the reader shows, as one immutable value: the library, which screen is up (the library
 * list or one briefing being read), what is drawn over it, the terminal's size and the widest text
 * column asked for. A screen holds only what it needs, so reading state cannot be asked of the
 * library list.
 */
public record ReaderState(
    List<String> problems,
    List<Briefing> library,
    Screen screen,
    Overlay overlay,
    int overlayScroll,
    Glyphs glyphs,
    Size size,
    int textWidth,
    String message,
    boolean quit,
    boolean repaint,
    ReadStatus read) {

  /** The library list, or one briefing being read. */
  public sealed interface Screen permits Library, Reading {}

  /** The library list: its cursor (a line of those shown) and what it is filtered by. */
  public record Library(int cursor, LibraryFilter filter) implements Screen {
    /** The briefing under the cursor: its place in the library, or -1 when none is shown. */
    int selected() {
      return cursor < filter.shown().size() ? filter.shown().get(cursor) : -1;
    }
  }

  /**
   * One briefing: its theme filter, the entries of its sections pane under that filter (kept so
   * that a keystroke does not rebuild them), where the reader is, the theme picker, the search, and
   * the library list to go back to.
   */
  public record Reading(
      Briefing briefing,
      ThemeFilter filter,
      List<Entry> entries,
      Nav nav,
      Picker picker,
      Search search,
      Library from)
      implements Screen {
    public Reading {
      entries = List.copyOf(entries);
    }

    static Reading of(Briefing b, Glyphs glyphs, Library from) {
      return new Reading(
          b,
          ThemeFilter.NONE,
          Contents.of(b, ThemeFilter.NONE, glyphs),
          Nav.START,
          new Picker(0, Set.of()),
          Search.NONE,
          from);
    }

    Reading withFilter(ThemeFilter f, Glyphs glyphs) {
      return new Reading(briefing, f, Contents.of(briefing, f, glyphs), nav, picker, search, from);
    }

    Reading withNav(Nav n) {
      return new Reading(briefing, filter, entries, n, picker, search, from);
    }

    Reading withPicker(Picker p) {
      return new Reading(briefing, filter, entries, nav, p, search, from);
    }

    Reading withSearch(Search s) {
      return new Reading(briefing, filter, entries, nav, picker, s, from);
    }
  }

  /** Which pane has the keys. */
  public enum Focus {
    SECTIONS,
    CONTENT
  }

  /** What is drawn over the panes. */
  public enum Overlay {
    NONE,
    HELP,
    SUMMARY,
    PICKER,
    SEARCH,
    SOURCE,
    PROBLEMS,
    CHANGES
  }

  /** Where the reader is: the entry, the item under the cursor, the first content row shown. */
  public record Nav(Focus focus, int entry, int item, int scroll) {
    public static final Nav START = new Nav(Focus.SECTIONS, 0, 0, 0);

    /** The keys go to the sections list; the place in the content is kept. */
    public Nav inSections() {
      return new Nav(Focus.SECTIONS, entry, item, scroll);
    }

    /** The keys go to the content pane, where the cursor was. */
    public Nav inContent() {
      return new Nav(Focus.CONTENT, entry, item, scroll);
    }

    /** The top of another entry, the focus kept. */
    public Nav atEntry(int other) {
      return new Nav(focus, other, 0, 0);
    }

    /** Another item and scroll in the same entry. */
    public Nav at(int otherItem, int otherScroll) {
      return new Nav(focus, entry, otherItem, otherScroll);
    }

    public Nav scrolledTo(int otherScroll) {
      return new Nav(focus, entry, item, otherScroll);
    }
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
    return start(library, List.of(), size, glyphs);
  }

  /**
   * The reader on a library with problems (broken files, shared ids): their count is on the message
   * line from the start, and {@code !} lists them, rather than standard error after the reader is
   * closed.
   */
  public static ReaderState start(
      List<Briefing> library, List<String> problems, Size size, Glyphs glyphs) {
    return start(library, problems, size, glyphs, ReadMarks.none(library));
  }

  /** As above, with what this user has read before: unread briefings are marked. */
  public static ReaderState start(
      List<Briefing> library, List<String> problems, Size size, Glyphs glyphs, ReadMarks marks) {
    ReaderState s =
        new ReaderState(
            List.copyOf(problems),
            List.copyOf(library),
            new Library(0, LibraryFilter.all(library.size())),
            Overlay.NONE,
            0,
            glyphs,
            size,
            Layout.DEFAULT_TEXT_WIDTH,
            "",
            false,
            false,
            ReadStatus.of(marks));
    s = library.size() == 1 ? s.open(library.get(0)) : s;
    return problems.isEmpty() || !s.message().isEmpty()
        ? s
        : s.withMessage(
            problems.size()
                + (problems.size() == 1 ? " problem" : " problems")
                + " in the library: press ! to see "
                + (problems.size() == 1 ? "it" : "them"));
  }

  /** The reader as it opens under {@code read --theme}: a briefing being read starts filtered. */
  public ReaderState startingFiltered(ThemeFilter f) {
    return f.isActive() && screen instanceof Reading ? withFilter(f) : this;
  }

  /** Opens {@code b}: it counts as read, and a change since it was last read is said. */
  public ReaderState open(Briefing b) {
    ReadStatus opened = read.opened(b);
    return withScreen(Reading.of(b, glyphs, libraryScreen()))
        .withRead(opened)
        .withOverlay(Overlay.NONE, 0)
        .withMessage(opened.banner());
  }

  public ReaderState withRead(ReadStatus r) {
    return new ReaderState(
        problems,
        library,
        screen,
        overlay,
        overlayScroll,
        glyphs,
        size,
        textWidth,
        message,
        quit,
        repaint,
        r);
  }

  public ReaderState closeBriefing() {
    return withScreen(libraryScreen()).withOverlay(Overlay.NONE, 0).withMessage("");
  }

  /** The library list: the one up, or the one a briefing was opened from. */
  public Library libraryScreen() {
    return screen instanceof Library l ? l : ((Reading) screen).from();
  }

  /** Whether the library list is up (no briefing is being read). */
  public boolean inLibrary() {
    return screen instanceof Library;
  }

  /** The briefing being read; only while reading. */
  public Reading reading() {
    if (screen instanceof Reading r) {
      return r;
    }
    throw new IllegalStateException("the library list is up: no briefing is being read");
  }

  public Briefing briefing() {
    return reading().briefing();
  }

  public ThemeFilter filter() {
    return reading().filter();
  }

  public List<Entry> entries() {
    return reading().entries();
  }

  public Nav nav() {
    return reading().nav();
  }

  public Picker picker() {
    return reading().picker();
  }

  public Search search() {
    return reading().search();
  }

  /** The library line under the cursor, or the one a briefing was opened from. */
  public int libraryCursor() {
    return libraryScreen().cursor();
  }

  public ReaderState withScreen(Screen next) {
    return new ReaderState(
        problems,
        library,
        next,
        overlay,
        overlayScroll,
        glyphs,
        size,
        textWidth,
        message,
        quit,
        repaint,
        read);
  }

  public ReaderState withFilter(ThemeFilter f) {
    return withScreen(reading().withFilter(f, glyphs));
  }

  public ReaderState withLibraryCursor(int cursor) {
    return withScreen(new Library(cursor, libraryScreen().filter()));
  }

  public ReaderState withNav(Nav n) {
    return withScreen(reading().withNav(n));
  }

  public ReaderState withPicker(Picker p) {
    return withScreen(reading().withPicker(p));
  }

  public ReaderState withSearch(Search s) {
    return withScreen(reading().withSearch(s));
  }

  public ReaderState withOverlay(Overlay o, int scroll) {
    return new ReaderState(
        problems, library, screen, o, scroll, glyphs, size, textWidth, message, quit, repaint,
        read);
  }

  public ReaderState withMessage(String m) {
    return withLine(m, quit, repaint);
  }

  public ReaderState withSize(Size s) {
    return sized(s, textWidth, true);
  }

  /** The text column at most this wide (the reader's {@code --text-width}). */
  public ReaderState withTextWidth(int columns) {
    return sized(size, columns, repaint);
  }

  /** The same screen on a terminal of another size, or with another widest text column. */
  private ReaderState sized(Size s, int columns, boolean r) {
    return new ReaderState(
        problems,
        library,
        screen,
        overlay,
        overlayScroll,
        glyphs,
        s,
        columns,
        message,
        quit,
        r,
        read);
  }

  public ReaderState quitting() {
    return withLine(message, true, repaint);
  }

  public ReaderState withRepaint(boolean r) {
    return withLine(message, quit, r);
  }

  /** The same screen with another message, whether it quits, and whether to paint it afresh. */
  private ReaderState withLine(String m, boolean q, boolean r) {
    return new ReaderState(
        problems, library, screen, overlay, overlayScroll, glyphs, size, textWidth, m, q, r, read);
  }

  public Layout layout() {
    return Layout.of(
        size, screen instanceof Reading r && !r.briefing().classification().isEmpty(), textWidth);
  }

  public Entry currentEntry() {
    return entries().get(nav().entry());
  }

  /** The item under the cursor of the content pane; null when the entry has none. */
  public Item currentItem() {
    List<Item> items = currentEntry().items();
    return nav().item() < items.size() ? items.get(nav().item()) : null;
  }
}
