package brief.tui;

import brief.core.Query;
import brief.core.Theme;
import brief.core.ThemeFilter;
import brief.tui.Keys.Action;
import brief.tui.ReaderState.LibraryScreen;
import brief.tui.ReaderState.Overlay;
import brief.tui.ReaderState.Picker;
import brief.tui.ReaderState.Search;
import java.util.List;
import java.util.Set;

/**
 * The library list filtered as you type ({@code /}) and by theme ({@code t}), and opening a hit.
 */
final class LibraryFiltering {
  private LibraryFiltering() {}

  static ReaderState startTyping(ReaderState s) {
    LibraryFilter f = s.libraryScreen().filter();
    return withFilter(s, f.with(s.library(), f.draft(), true, f.themes()))
        .withPrompt(Prompt.of(f.draft()));
  }

  static ReaderState typing(ReaderState s, Input in) {
    LibraryFilter f = s.libraryScreen().filter();
    Action action = Keys.action(Keys.Mode.SEARCH, in);
    if (action == Action.CANCEL) {
      return cleared(s);
    }
    if (action == Action.APPLY) {
      ReaderState kept =
          withFilter(s, f.typing(false))
              .withSession(s.session().remembering(f.draft()).withPrompt(Prompt.EMPTY));
      return kept.withMessage(f.draft().isBlank() ? "" : count(f));
    }
    Prompt next = s.prompt().edited(action, in, s.session().history());
    if (next == null) {
      return s;
    }
    ReaderState edited = s.withPrompt(next);
    return next.text().equals(f.draft())
        ? edited
        : withFilter(edited, f.with(s.library(), next.text(), true, f.themes()));
  }

  static ReaderState cleared(ReaderState s) {
    LibraryFilter f = s.libraryScreen().filter();
    if (!f.isActive() && !f.typing()) {
      return s;
    }
    return withFilter(s, f.with(s.library(), "", false, ThemeFilter.NONE))
        .withMessage("showing every briefing");
  }

  static ReaderState pickThemes(ReaderState s) {
    LibraryFilter f = s.libraryScreen().filter();
    LibraryFilter indexed =
        f.index() == null ? f.with(s.library(), f.draft(), false, f.themes()) : f;
    if (indexed.index().themes().isEmpty()) {
      return withFilter(s, indexed).withMessage("no briefing has themes");
    }
    return withFilter(s, indexed.withPicker(new Picker(0, f.themes().themeIds())))
        .withOverlay(Overlay.PICKER, 0);
  }

  static ReaderState picking(ReaderState s, Input in) {
    LibraryFilter f = s.libraryScreen().filter();
    Picker p = f.picker();
    List<Theme> themes = f.index().themes();
    Action action = Keys.action(Keys.Mode.PICKER, in);
    if (action == null) {
      return s;
    }
    return switch (action) {
      case DOWN ->
          withFilter(
              s,
              f.withPicker(new Picker(Math.min(themes.size() - 1, p.cursor() + 1), p.selection())));
      case UP ->
          withFilter(s, f.withPicker(new Picker(Math.max(0, p.cursor() - 1), p.selection())));
      case TOGGLE ->
          withFilter(
              s,
              f.withPicker(
                  new Picker(
                      p.cursor(),
                      ThemeFiltering.toggled(p.selection(), themes.get(p.cursor()).id()))));
      case CLEAR_PICKS -> withFilter(s, f.withPicker(new Picker(p.cursor(), Set.of())));
      case APPLY -> {
        LibraryFilter next = f.with(s.library(), f.draft(), false, new ThemeFilter(p.selection()));
        yield withFilter(s.withOverlay(Overlay.NONE, 0), next).withMessage(count(next));
      }
      case CLOSE -> s.withOverlay(Overlay.NONE, 0);
      default -> s;
    };
  }

  /**
   * Opens the briefing under the cursor; under a filter, with the theme filter applied and the
   * query kept as the briefing's search, at its first match.
   */
  static ReaderState open(ReaderState s) {
    LibraryScreen l = s.libraryScreen();
    int at = l.selected();
    if (at < 0) {
      return s;
    }
    ReaderState opened = s.open(s.library().get(at));
    LibraryFilter f = l.filter();
    if (f.themes().isActive()) {
      opened = opened.withFilter(f.themes());
    }
    Query q = f.query();
    if (q.isEmpty()) {
      return opened;
    }
    ReaderState searched = opened.withSearch(new Search(q, "", opened.nav()));
    return Searching.matches(searched, q).isEmpty()
        ? searched.withMessage("the match is in the title or bottom line")
        : Searching.nextMatch(searched, 1);
  }

  private static ReaderState withFilter(ReaderState s, LibraryFilter f) {
    int cursor = Math.max(0, Math.min(s.libraryScreen().cursor(), f.shown().size() - 1));
    return s.withScreen(new LibraryScreen(cursor, f, s.libraryScreen().order()));
  }

  private static String count(LibraryFilter f) {
    int n = f.shown().size();
    return n == 0 ? "no briefing matches" : n + (n == 1 ? " briefing" : " briefings");
  }
}
