package brief.tui;

import brief.core.Query;
import brief.core.SearchHit;
import brief.tui.ReaderState.Focus;
import brief.tui.ReaderState.Nav;
import brief.tui.ReaderState.Overlay;
import brief.tui.ReaderState.Search;
import java.util.ArrayList;
import java.util.List;

/** Search as you type, and moving from match to match. */
final class Searching {
  private Searching() {}

  /** The {@code /} prompt opened over the briefing, the search kept until Enter. */
  static ReaderState start(ReaderState s) {
    return s.withSearch(new Search(s.search().kept(), "", s.nav()))
        .withPrompt(Prompt.EMPTY)
        .withOverlay(Overlay.SEARCH, 0);
  }

  static ReaderState typing(ReaderState s, Input in) {
    Search search = s.search();
    Keys.Action action = Keys.action(Keys.Mode.SEARCH, in);
    if (action == Keys.Action.CANCEL) {
      return s.withNav(search.before())
          .withSearch(new Search(search.kept(), "", search.before()))
          .withPrompt(Prompt.EMPTY)
          .withOverlay(Overlay.NONE, 0);
    }
    if (action == Keys.Action.APPLY) {
      Query kept = Query.parse(search.draft());
      ReaderState done =
          s.withSearch(new Search(kept, "", search.before()))
              .withSession(s.session().remembering(search.draft()).withPrompt(Prompt.EMPTY))
              .withOverlay(Overlay.NONE, 0);
      if (kept.isEmpty()) {
        return done.withMessage("search cleared");
      }
      List<int[]> all = matches(s, kept);
      int found = all.size();
      for (int i = 0; i < found; i++) {
        if (at(all.get(i), s.nav())) {
          done = done.withSearch(done.search().showing(i));
          break;
        }
      }
      return done.withMessage(
          found == 0
              ? "no match for " + s.glyphs().text(search.draft())
              : found + (found == 1 ? " match" : " matches") + ": n next, N previous");
    }
    Prompt next = s.prompt().edited(action, in, s.session().history());
    if (next == null) {
      return s;
    }
    ReaderState edited = s.withPrompt(next);
    return next.text().equals(search.draft())
        ? edited
        : incremental(edited.withSearch(new Search(search.kept(), next.text(), search.before())));
  }

  /** Moves to the first match at or after where the search started, as the query grows. */
  private static ReaderState incremental(ReaderState s) {
    Query q = Query.parse(s.search().draft());
    Nav before = s.search().before();
    if (q.isEmpty()) {
      return s.withNav(before);
    }
    List<int[]> found = matches(s, q);
    if (found.isEmpty()) {
      return s.withNav(before).withMessage("no match");
    }
    int[] target = found.get(0);
    for (int[] m : found) {
      if (m[0] > before.entry() || (m[0] == before.entry() && m[1] >= before.item())) {
        target = m;
        break;
      }
    }
    return jumpTo(s, target);
  }

  static ReaderState nextMatch(ReaderState s, int direction) {
    Query q = s.search().kept();
    if (q.isEmpty()) {
      return s.withMessage("no search: press / to search");
    }
    List<int[]> found = matches(s, q);
    if (found.isEmpty()) {
      return s.withMessage("no match");
    }
    Nav n = s.nav();
    int shown = s.search().shown();
    boolean onShown = shown >= 0 && shown < found.size() && at(found.get(shown), n);
    // Still on the match last moved to: the next one, even when it shares this place.
    int at = onShown ? Math.floorMod(shown + direction, found.size()) : next(found, n, direction);
    return jumpTo(s, found.get(at))
        .withSearch(s.search().showing(at))
        .withMessage("match " + (at + 1) + "/" + found.size());
  }

  /**
   * Of places (entry, item) in reading order, the first after where the reader is ({@code
   * direction} 1), or the last before it (-1), going round at either end.
   */
  static int next(List<int[]> places, Nav n, int direction) {
    int at = -1;
    for (int i = 0; i < places.size(); i++) {
      int[] m = places.get(i);
      int cmp =
          m[0] != n.entry() ? Integer.compare(m[0], n.entry()) : Integer.compare(m[1], n.item());
      if (direction > 0 && cmp > 0 && at < 0) {
        at = i;
      }
      if (direction < 0 && cmp < 0) {
        at = i;
      }
    }
    return at >= 0 ? at : direction > 0 ? 0 : places.size() - 1;
  }

  private static boolean at(int[] match, Nav n) {
    return match[0] == n.entry() && match[1] == n.item();
  }

  /** Shows a match at the top of the content pane (as far as the pane can scroll). */
  static ReaderState jumpTo(ReaderState s, int[] match) {
    ReaderState there = s.withNav(new Nav(Focus.CONTENT, match[0], match[1], 0));
    Geometry g = Geometry.of(there);
    return there.withNav(there.nav().scrolledTo(Math.min(g.start(match[1]), g.maxScroll())));
  }

  /**
   * The (entry, item) of every hit of {@code brief search} in the briefing being read ({@link
   * brief.core.Search#in}), in reading order, so that the reader counts what the command counts:
   * the briefing's own lines are at the overview's bottom line, a section's title and summary at
   * its first item that matches too, else at its top.
   */
  static List<int[]> matches(ReaderState s, Query q) {
    List<int[]> found = new ArrayList<>();
    List<Entry> entries = s.entries();
    for (SearchHit h : brief.core.Search.in(s.view(), q, s.library())) {
      int e =
          switch (h.kind()) {
            case BRIEFING -> first(entries, Entry.Kind.OVERVIEW);
            case SECTION, POINT -> first(entries, Entry.Kind.SECTION) + h.section();
            case QUOTE -> first(entries, Entry.Kind.QUOTES);
            case STAKEHOLDER -> first(entries, Entry.Kind.STAKEHOLDERS);
            case TIMELINE -> first(entries, Entry.Kind.TIMELINE);
            case THEME -> first(entries, Entry.Kind.THEMES);
          };
      if (e >= 0 && e < entries.size()) {
        int item = h.kind() == SearchHit.Kind.SECTION ? shown(entries.get(e), q) : h.index();
        found.add(new int[] {e, Math.max(0, item)});
      }
    }
    return found;
  }

  /**
   * Where a match in a section's title or summary (which the content pane does not show) is shown:
   * the section's first item that matches too, else its top.
   */
  private static int shown(Entry section, Query q) {
    List<Item> items = section.items();
    for (int i = 0; i < items.size(); i++) {
      if (q.matchesAny(List.of(items.get(i).searchable()))) {
        return i;
      }
    }
    return 0;
  }

  private static int first(List<Entry> entries, Entry.Kind kind) {
    for (int e = 0; e < entries.size(); e++) {
      if (entries.get(e).kind() == kind) {
        return e;
      }
    }
    return -1;
  }
}
