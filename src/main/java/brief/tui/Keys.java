package brief.tui;

import brief.tui.Input.Special;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

// Over 300 lines: the key table is data, one row a binding: the one home of every key.
/**
 * Every key of the reader, as data: one table per mode, and the only place where a key is given a
 * meaning. {@link Update} switches on the actions; the help overlay, the status line's hints,
 * {@code read --help}, the man page and the README's key list are made from (or checked against)
 * these tables. Keys follow less, vim, glow and newsboat.
 */
public final class Keys {
  private Keys() {}

  /** Where the keys go: what is on the screen, and what has the keys. */
  public enum Mode {
    ANYWHERE,
    LIBRARY,
    READING,
    PICKER,
    SEARCH,
    GOTO,
    HELP,
    SUMMARY,
    SOURCE,
    PROBLEMS,
    CHANGES
  }

  /** What a key does, whichever key it is. */
  public enum Action {
    QUIT,
    INTERRUPT,
    REPAINT,
    SUSPEND,
    DOWN,
    UP,
    PAGE_DOWN,
    PAGE_UP,
    HALF_PAGE_DOWN,
    HALF_PAGE_UP,
    TOP,
    BOTTOM,
    NEXT_SECTION,
    PREVIOUS_SECTION,
    JUMP,
    GOTO,
    SECTIONS,
    CONTENT,
    OPEN,
    BACK,
    THEMES,
    CLEAR,
    SEARCH,
    NEXT_MATCH,
    PREVIOUS_MATCH,
    SUMMARY,
    COPY,
    TOGGLE_READ,
    CHANGES,
    HELP,
    PROBLEMS,
    CANCEL,
    TOGGLE,
    CLEAR_PICKS,
    SORT,
    NEXT_UNREAD,
    PREVIOUS_UNREAD,
    WIDEN,
    NARROW,
    APPLY,
    CLOSE,
    ERASE,
    ERASE_WORD,
    ERASE_TO_START,
    ERASE_TO_END,
    PROMPT_START,
    PROMPT_END,
    PROMPT_LEFT,
    PROMPT_RIGHT,
    OLDER,
    NEWER
  }

  /**
   * One action in one mode: the keys as a person reads them, what it does, the inputs that are
   * those keys, and how the status line names it ({@code hint}, empty when it does not; {@code
   * essential} hints stay on the narrowest screens).
   */
  public record Binding(
      Action action,
      String keys,
      String help,
      List<Input> inputs,
      String hintKeys,
      String hint,
      boolean essential) {
    public Binding {
      inputs = List.copyOf(inputs);
    }
  }

  private static final List<Binding> MOVING =
      List.of(
          hinted(Action.DOWN, "j ↓", "move down", "j/k", "move", false, 'j', Special.DOWN),
          bind(Action.UP, "k ↑", "move up", 'k', Special.UP),
          bind(
              Action.PAGE_DOWN,
              "space PgDn Ctrl-F",
              "next page",
              ' ',
              Special.PAGE_DOWN,
              new Input.Ctrl('f')),
          bind(
              Action.PAGE_UP,
              "b PgUp Ctrl-B",
              "previous page",
              'b',
              Special.PAGE_UP,
              new Input.Ctrl('b')),
          bind(Action.HALF_PAGE_DOWN, "Ctrl-D", "half a page down", new Input.Ctrl('d')),
          bind(Action.HALF_PAGE_UP, "Ctrl-U", "half a page up", new Input.Ctrl('u')),
          bind(Action.TOP, "g Home", "top", 'g', Special.HOME),
          bind(Action.BOTTOM, "G End", "bottom", 'G', Special.END));

  private static final Map<Mode, List<Binding>> TABLES =
      Map.ofEntries(
          Map.entry(
              Mode.ANYWHERE,
              List.of(
                  bind(Action.REPAINT, "Ctrl-L", "repaint the screen", Special.REPAINT),
                  bind(
                      Action.SUSPEND,
                      "Ctrl-Z",
                      "suspend to the shell; fg comes back",
                      Special.SUSPEND),
                  bind(
                      Action.INTERRUPT,
                      "Ctrl-C Ctrl-\\",
                      "quit at once, from anywhere (exit status 130, as interrupted)",
                      Special.INTERRUPT))),
          Map.entry(
              Mode.LIBRARY,
              List.of(
                  hinted(Action.DOWN, "j ↓", "move down", "j/k", "move", false, 'j', Special.DOWN),
                  bind(Action.UP, "k ↑", "move up", 'k', Special.UP),
                  bind(Action.TOP, "g Home", "top", 'g', Special.HOME),
                  bind(Action.BOTTOM, "G End", "bottom", 'G', Special.END),
                  hinted(
                      Action.OPEN,
                      "Enter l →",
                      "open the briefing (at the first match of the filter)",
                      "Enter",
                      "open",
                      true,
                      Special.ENTER,
                      'l',
                      Special.RIGHT),
                  hinted(
                      Action.SEARCH,
                      "/",
                      "filter the library as you type; Enter keeps it, Esc clears it",
                      "/",
                      "filter",
                      false,
                      '/'),
                  hinted(
                      Action.THEMES,
                      "t",
                      "show only briefings with the picked themes",
                      "t",
                      "themes",
                      false,
                      't'),
                  bind(Action.CLEAR, "c Esc", "show every briefing again", 'c', Special.ESCAPE),
                  hinted(
                      Action.SORT,
                      "o",
                      "sort: by title, unread first, newest first",
                      "o",
                      "sort",
                      false,
                      'o'),
                  bind(
                      Action.NEXT_UNREAD,
                      "u",
                      "next unread briefing: marked N (new) or U (updated)",
                      'u'),
                  bind(Action.PREVIOUS_UNREAD, "U", "previous unread briefing", 'U'),
                  hinted(Action.HELP, "?", "every key", "?", "help", true, '?'),
                  bind(Action.PROBLEMS, "!", "the library's problems, if any", '!'),
                  hinted(Action.QUIT, "q", "quit", "q", "quit", true, 'q'))),
          Map.entry(
              Mode.READING,
              concat(
                  MOVING,
                  List.of(
                      hinted(
                          Action.NEXT_SECTION,
                          "Tab",
                          "next section",
                          "tab",
                          "section",
                          true,
                          Special.TAB),
                      bind(
                          Action.PREVIOUS_SECTION,
                          "Shift-Tab",
                          "previous section",
                          Special.BACK_TAB),
                      bind(
                          Action.JUMP,
                          "1 … 9",
                          "jump to section N of the list",
                          '1',
                          '2',
                          '3',
                          '4',
                          '5',
                          '6',
                          '7',
                          '8',
                          '9'),
                      bind(
                          Action.GOTO,
                          ":",
                          "go to section N of the list (type N, then Enter): any section past 9",
                          ':'),
                      bind(Action.SECTIONS, "h ←", "to the sections list", 'h', Special.LEFT),
                      bind(Action.CONTENT, "l →", "into the section", 'l', Special.RIGHT),
                      bind(
                          Action.OPEN,
                          "Enter",
                          "open the section; on a point, quote or date: the source it cites; on a theme: filter by it; on a stakeholder: their page (their quotes, the points on them)",
                          Special.ENTER),
                      bind(
                          Action.BACK,
                          "Backspace",
                          "back: from a stakeholder's page to the list, to the sections, then the library",
                          Special.BACKSPACE),
                      hinted(
                          Action.THEMES,
                          "t",
                          "pick themes (space toggles, Enter applies, c clears)",
                          "t",
                          "themes",
                          false,
                          't'),
                      bind(Action.CLEAR, "c", "clear every filter and the search", 'c'),
                      hinted(
                          Action.SEARCH,
                          "/",
                          "search as you type; Enter keeps it, Esc cancels",
                          "/",
                          "search",
                          false,
                          '/'),
                      bind(Action.NEXT_MATCH, "n", "next match", 'n'),
                      bind(Action.PREVIOUS_MATCH, "N", "previous match", 'N'),
                      hinted(
                          Action.SUMMARY, "s", "the condensed summary", "s", "summary", false, 's'),
                      bind(
                          Action.COPY,
                          "y",
                          "copy the point, quote or date with its citation (title, ¶, address) to the"
                              + " clipboard, through the terminal (OSC 52; in tmux: set-clipboard on)",
                          'y'),
                      bind(
                          Action.NEXT_UNREAD,
                          "u",
                          "next statement unread (*), new (+) or changed (~) since last read",
                          'u'),
                      bind(
                          Action.PREVIOUS_UNREAD,
                          "U",
                          "previous unread, new or changed statement",
                          'U'),
                      bind(
                          Action.TOGGLE_READ,
                          "m",
                          "mark the statement read or unread (it is read once on screen)",
                          'm'),
                      bind(
                          Action.CHANGES,
                          "D",
                          "what changed since you last read it: old and new, word by word",
                          'D'),
                      hinted(Action.HELP, "?", "this help", "?", "help", true, '?'),
                      bind(
                          Action.PROBLEMS,
                          "!",
                          "the library's problems (broken files, shared ids), if any",
                          '!'),
                      bind(Action.CANCEL, "Esc", "clear the search", Special.ESCAPE),
                      hinted(Action.QUIT, "q", "quit", "q", "quit", true, 'q')))),
          Map.entry(
              Mode.PICKER,
              List.of(
                  hinted(Action.DOWN, "j ↓", "move down", "j/k", "move", false, 'j', Special.DOWN),
                  bind(Action.UP, "k ↑", "move up", 'k', Special.UP),
                  hinted(
                      Action.TOGGLE,
                      "space",
                      "tick or untick the theme",
                      "space",
                      "tick",
                      true,
                      ' '),
                  bind(Action.CLEAR_PICKS, "c", "untick every theme", 'c'),
                  hinted(
                      Action.APPLY,
                      "Enter",
                      "filter by the ticked themes",
                      "Enter",
                      "apply",
                      true,
                      Special.ENTER),
                  hinted(
                      Action.CLOSE,
                      "Esc q t",
                      "close without filtering",
                      "Esc",
                      "cancel",
                      true,
                      Special.ESCAPE,
                      'q',
                      't'))),
          Map.entry(
              Mode.SEARCH,
              List.of(
                  bind(Action.APPLY, "Enter", "keep the search", Special.ENTER),
                  bind(Action.CANCEL, "Esc", "cancel the search", Special.ESCAPE),
                  bind(
                      Action.ERASE,
                      "Backspace",
                      "erase the letter before the cursor",
                      Special.BACKSPACE),
                  bind(
                      Action.ERASE_WORD,
                      "Ctrl-W",
                      "erase the word before the cursor",
                      new Input.Ctrl('w')),
                  bind(
                      Action.ERASE_TO_START,
                      "Ctrl-U",
                      "erase to the start of the line",
                      new Input.Ctrl('u')),
                  bind(
                      Action.ERASE_TO_END,
                      "Ctrl-K",
                      "erase to the end of the line",
                      new Input.Ctrl('k')),
                  bind(
                      Action.PROMPT_LEFT,
                      "Ctrl-B ←",
                      "cursor a letter left",
                      new Input.Ctrl('b'),
                      Special.LEFT),
                  bind(
                      Action.PROMPT_RIGHT,
                      "Ctrl-F →",
                      "cursor a letter right",
                      new Input.Ctrl('f'),
                      Special.RIGHT),
                  bind(
                      Action.PROMPT_START,
                      "Ctrl-A Home",
                      "cursor to the start",
                      new Input.Ctrl('a'),
                      Special.HOME),
                  bind(
                      Action.PROMPT_END,
                      "Ctrl-E End",
                      "cursor to the end",
                      new Input.Ctrl('e'),
                      Special.END),
                  bind(
                      Action.OLDER,
                      "↑ Ctrl-P",
                      "the search before (this session's)",
                      Special.UP,
                      new Input.Ctrl('p')),
                  bind(
                      Action.NEWER,
                      "↓ Ctrl-N",
                      "the search after",
                      Special.DOWN,
                      new Input.Ctrl('n')))),
          Map.entry(
              Mode.GOTO,
              List.of(
                  bind(Action.APPLY, "Enter", "go to the section of that number", Special.ENTER),
                  bind(Action.CANCEL, "Esc", "stay where you are", Special.ESCAPE),
                  bind(Action.ERASE, "Backspace", "erase a digit", Special.BACKSPACE))),
          Map.entry(Mode.HELP, concat(MOVING, List.of(closing('?')))),
          Map.entry(Mode.SUMMARY, concat(MOVING, List.of(closing('s')))),
          Map.entry(Mode.PROBLEMS, concat(MOVING, List.of(closing('!')))),
          Map.entry(Mode.CHANGES, concat(MOVING, List.of(closing('D')))),
          Map.entry(
              Mode.SOURCE,
              concat(
                  MOVING,
                  List.of(
                      hinted(
                          Action.WIDEN,
                          "+ =",
                          "a paragraph more of context on either side",
                          "+/-",
                          "context",
                          false,
                          '+',
                          '='),
                      bind(Action.NARROW, "-", "a paragraph less of context", '-'),
                      hinted(
                          Action.CLOSE,
                          "Esc Enter h ← Backspace q",
                          "back to the item",
                          "Esc",
                          "back",
                          true,
                          Special.ESCAPE,
                          Special.ENTER,
                          'h',
                          Special.LEFT,
                          Special.BACKSPACE,
                          'q')))));

  /** What the reader's marks mean, as the help and the man page explain them. */
  public static final List<String[]> LEGEND =
      List.of(
          new String[] {"●", "a high-priority point"},
          new String[] {"○", "a normal point"},
          new String[] {"·", "a low-priority point"},
          new String[] {"¶5", "the source paragraph it stands on (Enter shows it)"},
          new String[] {
            "N U", "in the library, as newsboat: new (unread); updated since you read it"
          },
          new String[] {"+ ~", "a statement new, changed since you last read it (u goes to it)"},
          new String[] {
            PointsRead.MARK,
            "a statement you have not had on screen yet (N under --ascii, where * is ●)"
          },
          new String[] {"key quote", "a quote of the condensed summary"},
          new String[] {
            "author's claim",
            "the author argues it; also reported, NAME paraphrased, analyst's note"
          });

  /** The bindings of a mode, in the order the help lists them. */
  public static List<Binding> of(Mode mode) {
    return TABLES.get(mode);
  }

  /** What {@code input} does in {@code mode}; null when nothing. */
  public static Action action(Mode mode, Input input) {
    for (Binding b : TABLES.get(mode)) {
      if (b.inputs().contains(input)) {
        return b.action();
      }
    }
    return null;
  }

  /**
   * The status line's hints for a mode, as pairs of keys and words; {@code narrow}: the essential
   * ones.
   */
  public static List<String[]> hints(Mode mode, boolean narrow) {
    List<String[]> hints = new ArrayList<>();
    for (Binding b : TABLES.get(mode)) {
      if (!b.hint().isEmpty() && (b.essential() || !narrow)) {
        hints.add(new String[] {b.hintKeys(), b.hint()});
      }
    }
    return hints;
  }

  /** Esc, q and the key that opened it close a box. */
  private static Binding closing(char opener) {
    return hinted(
        Action.CLOSE,
        "Esc q " + opener,
        "close",
        "Esc",
        "close",
        true,
        Special.ESCAPE,
        'q',
        opener);
  }

  private static Binding bind(Action action, String keys, String help, Object... inputs) {
    return hinted(action, keys, help, "", "", false, inputs);
  }

  private static Binding hinted(
      Action action,
      String keys,
      String help,
      String hintKeys,
      String hint,
      boolean essential,
      Object... inputs) {
    List<Input> list = new ArrayList<>();
    for (Object i : inputs) {
      list.add(i instanceof Character c ? new Input.Key(c) : (Input) i);
    }
    return new Binding(action, keys, help, list, hintKeys, hint, essential);
  }

  private static List<Binding> concat(List<Binding> a, List<Binding> b) {
    List<Binding> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }
}
