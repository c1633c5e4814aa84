package brief.tui;

import brief.tui.Keys.Action;
import brief.tui.Keys.Mode;
import brief.tui.ReaderState.Focus;
import brief.tui.ReaderState.Nav;
import brief.tui.ReaderState.Overlay;
import brief.tui.ReaderState.Picker;
import brief.tui.ReaderState.Search;

/**
 * {@code update(state, input) → (state, effects)}: every key of the reader, as a pure function;
 * what it asks of the world beyond the screen (quit, copy, suspend, repaint) is an {@link Effect}
 * for the loop to do. What a key means is {@link Keys}' to say; this class says what each action
 * does in each mode.
 */
public final class Update {
  private Update() {}

  /** The state alone, what the input asks of the world dropped: for tests and the warm-up. */
  public static ReaderState apply(ReaderState s, Input input) {
    return step(s, input).state();
  }

  public static Step step(ReaderState s, Input input) {
    if (input instanceof Input.Resize r) {
      ReaderState resized = s.withSize(new Size(r.columns(), r.rows()));
      return Step.of(
          resized.inLibrary() ? resized : resized.withNav(Motion.visible(resized, resized.nav())),
          Effect.REPAINT);
    }
    if (input instanceof Input.LibraryChanged c) {
      return Step.of(
          s.withLibrary(c.briefings(), c.problems(), c.duplicates(), s.libraryScreen().order()));
    }
    Action anywhere = Keys.action(Mode.ANYWHERE, input);
    if (anywhere == Action.INTERRUPT) {
      return Step.of(s, Effect.INTERRUPT);
    }
    if (anywhere == Action.REPAINT) {
      return Step.of(s, Effect.REPAINT);
    }
    if (anywhere == Action.SUSPEND) {
      return Step.of(s, Effect.SUSPEND);
    }
    s = s.withMessage("");
    if (s.size().tooSmall()) {
      return Keys.action(Mode.READING, input) == Action.QUIT ? Step.of(s, Effect.QUIT) : Step.of(s);
    }
    Action onLists = onLists(s, input);
    if (onLists == Action.QUIT) {
      return Step.of(s, Effect.QUIT);
    }
    if (onLists == Action.COPY) {
      return Copying.copy(s);
    }
    return Step.of(next(s, input));
  }

  /** The action of a key typed on the library list or the briefing's panes, else null. */
  private static Action onLists(ReaderState s, Input input) {
    if (s.overlay() != Overlay.NONE) {
      return null;
    }
    if (s.inLibrary()) {
      return s.libraryScreen().filter().typing() ? null : Keys.action(Mode.LIBRARY, input);
    }
    return Keys.action(Mode.READING, input);
  }

  private static ReaderState next(ReaderState s, Input input) {
    if (s.inLibrary()) {
      return switch (s.overlay()) {
        case HELP -> scrolled(s, Mode.HELP, input);
        case PROBLEMS -> scrolled(s, Mode.PROBLEMS, input);
        case PICKER -> LibraryFiltering.picking(s, input);
        default ->
            s.libraryScreen().filter().typing()
                ? LibraryFiltering.typing(s, input)
                : library(s, input);
      };
    }
    return switch (s.overlay()) {
      case NONE -> reading(s, input);
      case HELP -> scrolled(s, Mode.HELP, input);
      case SUMMARY -> scrolled(s, Mode.SUMMARY, input);
      case SOURCE -> scrolled(s, Mode.SOURCE, input);
      case PROBLEMS -> scrolled(s, Mode.PROBLEMS, input);
      case CHANGES -> scrolled(s, Mode.CHANGES, input);
      case PICKER -> ThemeFiltering.picking(s, input);
      case SEARCH -> Searching.typing(s, input);
      case GOTO -> SectionJump.typing(s, input);
    };
  }

  private static ReaderState library(ReaderState s, Input in) {
    int last = s.libraryScreen().filter().shown().size() - 1;
    Action action = Keys.action(Mode.LIBRARY, in);
    if (action == null) {
      return unknown(s, in);
    }
    return switch (action) {
      case DOWN -> s.withLibraryCursor(Math.min(last, s.libraryCursor() + 1));
      case UP -> s.withLibraryCursor(Math.max(0, s.libraryCursor() - 1));
      case TOP -> s.withLibraryCursor(0);
      case BOTTOM -> s.withLibraryCursor(Math.max(0, last));
      case OPEN -> last >= 0 ? LibraryFiltering.open(s) : s;
      case SEARCH -> LibraryFiltering.startTyping(s);
      case THEMES -> LibraryFiltering.pickThemes(s);
      case CLEAR -> LibraryFiltering.cleared(s);
      case SORT -> sorted(s);
      case NEXT_UNREAD -> Freshness.nextBriefing(s, 1);
      case PREVIOUS_UNREAD -> Freshness.nextBriefing(s, -1);
      case HELP -> s.withOverlay(Overlay.HELP, 0);
      case PROBLEMS -> problems(s);
      default -> s;
    };
  }

  /** {@code o}: the next order; the cursor stays on its briefing. */
  private static ReaderState sorted(ReaderState s) {
    ReaderState.Order next = s.libraryScreen().order().next();
    return s.withLibrary(s.library(), s.problems(), s.duplicates(), next).withMessage(next.said());
  }

  private static ReaderState problems(ReaderState s) {
    return s.problems().isEmpty()
        ? s.withMessage("no problems in the library")
        : s.withOverlay(Overlay.PROBLEMS, 0);
  }

  private static ReaderState reading(ReaderState s, Input in) {
    Nav nav = s.nav();
    Action action = Keys.action(Mode.READING, in);
    if (action == null) {
      return unknown(s, in);
    }
    if (s.page() != null) {
      switch (action) {
        case BACK, SECTIONS, CANCEL:
          return closePage(s);
        case DOWN, UP, PAGE_DOWN, PAGE_UP, HALF_PAGE_DOWN, HALF_PAGE_UP, TOP, BOTTOM:
        case OPEN, TOGGLE_READ, HELP, SUMMARY, PROBLEMS: // q and y never get here: see step
          break;
        default:
          // Any other key acts on the lists, as if the page had been closed first.
          return reading(closePage(s), in);
      }
    }
    int sections = s.entries().size();
    return switch (action) {
      case DOWN -> Motion.down(s);
      case UP -> Motion.up(s);
      case PAGE_DOWN -> Motion.pageDown(s);
      case PAGE_UP -> Motion.pageUp(s);
      case HALF_PAGE_DOWN -> Motion.halfPageDown(s);
      case HALF_PAGE_UP -> Motion.halfPageUp(s);
      case TOP -> Motion.top(s);
      case BOTTOM -> Motion.bottom(s);
      case NEXT_SECTION -> s.withNav(nav.atEntry((nav.entry() + 1) % sections));
      case PREVIOUS_SECTION -> s.withNav(nav.atEntry((nav.entry() + sections - 1) % sections));
      case JUMP -> jump(s, ((Input.Key) in).codePoint() - '1');
      case GOTO -> s.withPrompt(Prompt.EMPTY).withOverlay(Overlay.GOTO, 0);
      case SECTIONS -> s.withNav(nav.inSections());
      case CONTENT -> s.withNav(nav.inContent());
      case OPEN ->
          nav.focus() == Focus.SECTIONS
              ? s.withNav(nav.inContent())
              : switch (s.currentEntry().kind()) {
                case THEMES -> ThemeFiltering.themeUnderCursor(s);
                case STAKEHOLDERS -> openPage(s);
                default -> source(s);
              };
      case BACK ->
          nav.focus() == Focus.CONTENT
              ? s.withNav(nav.inSections())
              : s.library().size() > 1 ? s.closeBriefing() : s;
      case THEMES ->
          s.withPicker(new Picker(0, s.filter().themeIds())).withOverlay(Overlay.PICKER, 0);
      case CLEAR -> ThemeFiltering.cleared(s);
      case SEARCH -> Searching.start(s);
      case NEXT_MATCH -> Searching.nextMatch(s, 1);
      case PREVIOUS_MATCH -> Searching.nextMatch(s, -1);
      case SUMMARY -> s.withOverlay(Overlay.SUMMARY, 0);
      case NEXT_UNREAD -> Freshness.next(s, 1);
      case PREVIOUS_UNREAD -> Freshness.next(s, -1);
      case TOGGLE_READ -> Freshness.toggle(s);
      case CHANGES -> changes(s);
      case HELP -> s.withOverlay(Overlay.HELP, 0);
      case PROBLEMS -> problems(s);
      case CANCEL ->
          s.search().kept().isEmpty() ? s : s.withSearch(Search.NONE).withMessage("search cleared");
      default -> s;
    };
  }

  private static ReaderState changes(ReaderState s) {
    if (s.read().changes().isPresent()) {
      return s.withOverlay(Overlay.CHANGES, 0);
    }
    return s.withMessage(
        s.read().readOn().isEmpty()
            ? "nothing changed since you last read it"
            : "no copy of the version you read on " + s.read().readOn() + " was kept");
  }

  private static ReaderState jump(ReaderState s, int entry) {
    return entry < s.entries().size() ? s.withNav(s.nav().atEntry(entry)) : s;
  }

  /** Enter on a stakeholder: their page in the content pane, Backspace or Esc back to the list. */
  private static ReaderState openPage(ReaderState s) {
    Item item = s.currentItem();
    if (item == null) {
      return s;
    }
    return s.briefing()
        .stakeholder(item.id())
        .map(
            who ->
                s.withPage(
                        new ReaderState.Page(Contents.page(s.briefing(), who, s.glyphs()), s.nav()))
                    .withNav(new Nav(Focus.CONTENT, s.nav().entry(), 0, 0)))
        .orElse(s);
  }

  private static ReaderState closePage(ReaderState s) {
    return s.withNav(s.page().back()).withPage(null);
  }

  /** A key with no meaning here: the first in the session says where the keys are listed. */
  private static ReaderState unknown(ReaderState s, Input in) {
    boolean typed = in instanceof Input.Key || in instanceof Input.Ctrl;
    if (!typed || s.session().hinted()) {
      return s;
    }
    return s.withSession(s.session().hintGiven())
        .withMessage(describe(in, s.glyphs()) + " does nothing here: press ? for help");
  }

  private static String describe(Input in, Glyphs g) {
    return in instanceof Input.Ctrl c
        ? "Ctrl-" + Character.toUpperCase(c.letter())
        : "'" + g.text(new String(Character.toChars(((Input.Key) in).codePoint()))) + "'";
  }

  // ---- the source view, and the overlays that scroll: help, summary, source

  /** Opens the source view on the item under the cursor, if it cites anything. */
  private static ReaderState source(ReaderState s) {
    Item item = s.currentItem();
    if (item == null || !item.evidence().any()) {
      return item == null ? s : s.withMessage("this item cites no source");
    }
    return s.withOverlay(Overlay.SOURCE, 0);
  }

  private static ReaderState scrolled(ReaderState s, Mode mode, Input in) {
    Action action = Keys.action(mode, in);
    if (action == null) {
      return s;
    }
    return switch (action) {
      case CLOSE -> s.withOverlay(Overlay.NONE, 0);
      case WIDEN ->
          s.withContext(Math.min(SourceView.MAX_CONTEXT, s.context() + 1))
              .withOverlay(Overlay.SOURCE, 0);
      case NARROW -> s.withContext(Math.max(0, s.context() - 1)).withOverlay(Overlay.SOURCE, 0);
      default -> s.withOverlay(s.overlay(), Motion.scrolled(s, action));
    };
  }
}
