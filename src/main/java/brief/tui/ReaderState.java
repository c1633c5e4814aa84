package brief.tui;

import brief.core.Briefing;
import brief.core.BriefingView;
import brief.core.Query;
import brief.core.ReadMarks;
import brief.core.ThemeFilter;
import java.util.List;
import java.util.Map;
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
    Map<String, List<String>> duplicates,
    Screen screen,
    Overlay overlay,
    int overlayScroll,
    Glyphs glyphs,
    Size size,
    int textWidth,
    String message,
    Session session,
    ReadStatus read) {

  /**
   * What the session keeps whichever screen is up: the prompt being edited, the searches typed so
   * far (oldest first, for Up and Down in the prompt), and whether the "press ? for help" hint was
   * given.
   */
  public record Session(Prompt prompt, List<String> history, boolean hinted) {
    public static final Session START = new Session(Prompt.EMPTY, List.of(), false);

    public Session {
      history = List.copyOf(history);
    }

    Session withPrompt(Prompt p) {
      return new Session(p, history, hinted);
    }

    /** The session with {@code search} as its newest search (not twice in a row, nor blank). */
    Session remembering(String search) {
      if (search.isBlank()
          || (!history.isEmpty() && history.get(history.size() - 1).equals(search))) {
        return this;
      }
      List<String> more = new java.util.ArrayList<>(history);
      more.add(search);
      return new Session(prompt, more, hinted);
    }

    Session hintGiven() {
      return new Session(prompt, history, true);
    }
  }

  /** The library's orders, in the cycle {@code o} goes through. */
  public enum Order {
    DATE("newest first"),
    TITLE("sorted by title"),
    /** Never read or updated since, then the rest; newest first within each. */
    UNREAD("unread first, then newest");

    private final String said;

    Order(String said) {
      this.said = said;
    }

    Order next() {
      return values()[(ordinal() + 1) % values().length];
    }

    String said() {
      return said;
    }
  }

  /** The library list, or one briefing being read. */
  public sealed interface Screen permits LibraryScreen, BriefingScreen {}

  /** The library list: its cursor (a line of those shown) and what it is filtered by. */
  public record LibraryScreen(int cursor, LibraryFilter filter, Order order) implements Screen {
    /** The briefing under the cursor: its place in the library, or -1 when none is shown. */
    int selected() {
      return cursor < filter.shown().size() ? filter.shown().get(cursor) : -1;
    }
  }

  /**
   * One briefing: its theme filter, the entries of its sections pane under that filter (kept so
   * that a keystroke does not rebuild them), where the reader is, the theme picker, the search, the
   * library list to go back to, the stakeholder page open over the content pane (null for none),
   * and how many paragraphs of context the source view shows around the cited ones.
   */
  public record BriefingScreen(
      Briefing briefing,
      ThemeFilter filter,
      List<Entry> entries,
      Nav nav,
      Picker picker,
      Search search,
      LibraryScreen from,
      Page page,
      int context)
      implements Screen {
    public BriefingScreen {
      entries = List.copyOf(entries);
    }

    static BriefingScreen of(Briefing b, Glyphs glyphs, LibraryScreen from) {
      return new BriefingScreen(
          b,
          ThemeFilter.NONE,
          Contents.of(BriefingView.of(b), glyphs),
          Nav.START,
          new Picker(0, Set.of()),
          Search.NONE,
          from,
          null,
          0);
    }

    BriefingScreen withFilter(ThemeFilter f, Glyphs glyphs) {
      return new BriefingScreen(
          briefing,
          f,
          Contents.of(f.view(briefing), glyphs),
          nav,
          picker,
          search,
          from,
          page,
          context);
    }

    BriefingScreen withNav(Nav n) {
      return new BriefingScreen(briefing, filter, entries, n, picker, search, from, page, context);
    }

    BriefingScreen withPicker(Picker p) {
      return new BriefingScreen(briefing, filter, entries, nav, p, search, from, page, context);
    }

    BriefingScreen withSearch(Search s) {
      return new BriefingScreen(briefing, filter, entries, nav, picker, s, from, page, context);
    }

    BriefingScreen withPage(Page p) {
      return new BriefingScreen(briefing, filter, entries, nav, picker, search, from, p, context);
    }

    BriefingScreen withFrom(LibraryScreen l) {
      return new BriefingScreen(briefing, filter, entries, nav, picker, search, l, page, context);
    }

    BriefingScreen withContext(int paragraphs) {
      return new BriefingScreen(
          briefing, filter, entries, nav, picker, search, from, page, paragraphs);
    }
  }

  /**
   * A page shown in the content pane in place of the entry's list (a stakeholder's): its items, and
   * where the reader was in the list, to go back to.
   */
  public record Page(Entry entry, Nav back) {}

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
    GOTO,
    SOURCE,
    PROBLEMS,
    CHANGES;

    /** A prompt on the status line, not a box over the panes. */
    public boolean onStatusLine() {
      return this == SEARCH || this == GOTO;
    }
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

  /**
   * The kept search, and while typing, the draft and where the reader was before it; {@code shown}
   * is the match n or N last moved to (-1: none), since two matches can share one place.
   */
  public record Search(Query kept, String draft, Nav before, int shown) {
    public static final Search NONE = new Search(Query.NONE, "", Nav.START);

    public Search(Query kept, String draft, Nav before) {
      this(kept, draft, before, -1);
    }

    Search showing(int match) {
      return new Search(kept, draft, before, match);
    }

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
    return start(library, problems, Map.of(), size, glyphs, ReadMarks.none(library));
  }

  /**
   * The reader on a library some of whose ids are shared by several files ({@code duplicates}: each
   * such id with its files), which the library list names, with what this user has read before:
   * unread briefings are marked.
   */
  public static ReaderState start(
      List<Briefing> library,
      List<String> problems,
      Map<String, List<String>> duplicates,
      Size size,
      Glyphs glyphs,
      ReadMarks marks) {
    ReaderState s =
        new ReaderState(
            List.copyOf(problems),
            List.copyOf(library),
            Map.copyOf(duplicates),
            new LibraryScreen(0, LibraryFilter.all(library.size()), Order.DATE),
            Overlay.NONE,
            0,
            glyphs,
            size,
            Layout.DEFAULT_TEXT_WIDTH,
            "",
            Session.START,
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
    return f.isActive() && screen instanceof BriefingScreen ? withFilter(f) : this;
  }

  /** Opens {@code b}: it counts as read, and a change since it was last read is said. */
  public ReaderState open(Briefing b) {
    BriefingScreen reading = BriefingScreen.of(b, glyphs, libraryScreen());
    ReadStatus opened = read.opened(b, reading.entries());
    return withScreen(reading)
        .withRead(opened)
        .withOverlay(Overlay.NONE, 0)
        .withMessage(opened.banner());
  }

  public ReaderState withRead(ReadStatus r) {
    return new ReaderState(
        problems,
        library,
        duplicates,
        screen,
        overlay,
        overlayScroll,
        glyphs,
        size,
        textWidth,
        message,
        session,
        r);
  }

  public ReaderState closeBriefing() {
    return withScreen(libraryScreen()).withOverlay(Overlay.NONE, 0).withMessage("");
  }

  /** The library list: the one up, or the one a briefing was opened from. */
  public LibraryScreen libraryScreen() {
    return screen instanceof LibraryScreen l ? l : ((BriefingScreen) screen).from();
  }

  /** Whether the library list is up (no briefing is being read). */
  public boolean inLibrary() {
    return screen instanceof LibraryScreen;
  }

  /** The briefing being read; only while reading. */
  public BriefingScreen reading() {
    if (screen instanceof BriefingScreen r) {
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

  /** The briefing being read, seen through its theme filter. */
  public BriefingView view() {
    return filter().view(briefing());
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
        duplicates,
        next,
        overlay,
        overlayScroll,
        glyphs,
        size,
        textWidth,
        message,
        session,
        read);
  }

  public ReaderState withFilter(ThemeFilter f) {
    return withScreen(reading().withFilter(f, glyphs));
  }

  public ReaderState withLibraryCursor(int cursor) {
    return withScreen(new LibraryScreen(cursor, libraryScreen().filter(), libraryScreen().order()));
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
        problems,
        library,
        duplicates,
        screen,
        o,
        scroll,
        glyphs,
        size,
        textWidth,
        message,
        session,
        read);
  }

  public ReaderState withSize(Size s) {
    return sized(s, textWidth);
  }

  /** The text column at most this wide (the reader's {@code --text-width}). */
  public ReaderState withTextWidth(int columns) {
    return sized(size, columns);
  }

  /** The same screen on a terminal of another size, or with another widest text column. */
  private ReaderState sized(Size s, int columns) {
    return new ReaderState(
        problems,
        library,
        duplicates,
        screen,
        overlay,
        overlayScroll,
        glyphs,
        s,
        columns,
        message,
        session,
        read);
  }

  /** The same screen with another message on its status line. */
  public ReaderState withMessage(String m) {
    return new ReaderState(
        problems,
        library,
        duplicates,
        screen,
        overlay,
        overlayScroll,
        glyphs,
        size,
        textWidth,
        m,
        session,
        read);
  }

  /**
   * The same reader on another library (re-read from disk, or sorted anew), the list filtered as
   * before and its cursor on the same briefing where it is still there; a briefing being read stays
   * as it was opened.
   */
  public ReaderState withLibrary(
      List<Briefing> next,
      List<String> nextProblems,
      Map<String, List<String>> nextDuplicates,
      Order order) {
    LibraryScreen l = libraryScreen();
    int at = l.selected();
    Briefing was = at >= 0 ? library.get(at) : null;
    List<Briefing> sorted = new java.util.ArrayList<>(next);
    if (order == Order.TITLE) {
      sorted.sort(
          java.util.Comparator.comparing(
                  (Briefing b) -> b.title().toLowerCase(java.util.Locale.ROOT))
              .thenComparing(Briefing::id));
    } else {
      java.util.Comparator<Briefing> newest =
          java.util.Comparator.comparing(Briefing::effectiveDate)
              .reversed()
              .thenComparing(Briefing::id);
      sorted.sort(
          order == Order.UNREAD
              ? java.util.Comparator.comparing(
                      (Briefing b) -> read.marks().status(b) == ReadMarks.Status.READ)
                  .thenComparing(newest)
              : newest);
    }
    LibraryFilter old = l.filter();
    LibraryFilter f = LibraryFilter.all(sorted.size());
    if (old.isActive() || old.typing()) {
      f = f.with(sorted, old.draft(), old.typing(), old.themes());
    }
    int cursor = 0;
    for (int row = 0; row < f.shown().size() && was != null; row++) {
      Briefing b = sorted.get(f.shown().get(row));
      if (b == was || b.id().equals(was.id()) && b.title().equals(was.title())) {
        cursor = row;
        break;
      }
      if (b.id().equals(was.id())) {
        cursor = row; // the same briefing, edited: kept unless an exact match comes later
      }
    }
    cursor = Math.min(cursor, Math.max(0, f.shown().size() - 1));
    LibraryScreen list = new LibraryScreen(cursor, f, order);
    Screen shown = screen instanceof BriefingScreen r ? r.withFrom(list) : list;
    return new ReaderState(
        List.copyOf(nextProblems),
        List.copyOf(sorted),
        Map.copyOf(nextDuplicates),
        shown,
        overlay,
        overlayScroll,
        glyphs,
        size,
        textWidth,
        message,
        session,
        read);
  }

  /** The same reader with what this session keeps across screens changed. */
  public ReaderState withSession(Session next) {
    return new ReaderState(
        problems,
        library,
        duplicates,
        screen,
        overlay,
        overlayScroll,
        glyphs,
        size,
        textWidth,
        message,
        next,
        read);
  }

  /** The prompt being edited ({@code /} or {@code :}). */
  public Prompt prompt() {
    return session.prompt();
  }

  public ReaderState withPrompt(Prompt p) {
    return withSession(session.withPrompt(p));
  }

  public Layout layout() {
    return Layout.of(
        size,
        screen instanceof BriefingScreen r && !r.briefing().classification().isEmpty(),
        textWidth);
  }

  /** The entry the content pane shows: the one selected, or the page opened from it. */
  public Entry currentEntry() {
    Page page = reading().page();
    return page != null ? page.entry() : entries().get(nav().entry());
  }

  /** The stakeholder page open in the content pane; null when none. */
  public Page page() {
    return reading().page();
  }

  public ReaderState withPage(Page p) {
    return withScreen(reading().withPage(p));
  }

  /** Paragraphs of context the source view shows on either side of those cited. */
  public int context() {
    return reading().context();
  }

  public ReaderState withContext(int paragraphs) {
    return withScreen(reading().withContext(paragraphs));
  }

  /** The item under the cursor of the content pane; null when the entry has none. */
  public Item currentItem() {
    List<Item> items = currentEntry().items();
    return nav().item() < items.size() ? items.get(nav().item()) : null;
  }
}
