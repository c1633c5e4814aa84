package brief.tui;

import brief.core.Query;
import brief.core.ThemeFilter;
import brief.tui.Input.Special;
import brief.tui.ReaderState.Focus;
import brief.tui.ReaderState.Nav;
import brief.tui.ReaderState.Overlay;
import brief.tui.ReaderState.Picker;
import brief.tui.ReaderState.Search;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@code update(state, input) → state}: every key of the reader, as a pure function. Keys
 * follow less, vim, glow and newsboat: j/k move, space and b page, g/G ends, Tab sections,
 * h/l panes, / search, n/N matches, t themes, s summary, ? help, q quit.
 */
public final class Update {
  private Update() {}

  public static ReaderState apply(ReaderState s, Input input) {
    if (input instanceof Input.Resize r) {
      ReaderState resized = s.withSize(new Size(r.columns(), r.rows()));
      return resized.briefing() == null ? resized : resized.withNav(visible(resized, resized.nav()));
    }
    if (input == Special.INTERRUPT) {
      return s.quitting();
    }
    if (input == Special.REPAINT) {
      return s.withRepaint(true);
    }
    s = s.withMessage("");
    if (s.size().tooSmall()) {
      return is(input, 'q') ? s.quitting() : s;
    }
    if (s.briefing() == null) {
      return s.overlay() == Overlay.HELP ? scrolled(s, input, '?') : library(s, input);
    }
    return switch (s.overlay()) {
      case NONE -> reading(s, input);
      case HELP -> scrolled(s, input, '?');
      case SUMMARY -> scrolled(s, input, 's');
      case PICKER -> picking(s, input);
      case SEARCH -> searching(s, input);
      case SOURCE -> sourceView(s, input);
    };
  }

  private static boolean is(Input input, char c) {
    return input instanceof Input.Key k && k.codePoint() == c;
  }

  private static ReaderState library(ReaderState s, Input in) {
    int last = s.library().size() - 1;
    if (is(in, 'q')) {
      return s.quitting();
    }
    if (is(in, 'j') || in == Special.DOWN) {
      return s.withLibraryCursor(Math.min(last, s.libraryCursor() + 1));
    }
    if (is(in, 'k') || in == Special.UP) {
      return s.withLibraryCursor(Math.max(0, s.libraryCursor() - 1));
    }
    if (is(in, 'g') || in == Special.HOME) {
      return s.withLibraryCursor(0);
    }
    if (is(in, 'G') || in == Special.END) {
      return s.withLibraryCursor(Math.max(0, last));
    }
    if ((in == Special.ENTER || is(in, 'l') || in == Special.RIGHT) && last >= 0) {
      return s.open(s.library().get(s.libraryCursor()));
    }
    if (is(in, '?')) {
      return s.withOverlay(Overlay.HELP, 0);
    }
    return s;
  }

  private static ReaderState reading(ReaderState s, Input in) {
    Nav nav = s.nav();
    if (in instanceof Input.Key k) {
      int c = k.codePoint();
      if (c >= '1' && c <= '9') {
        int entry = c - '1';
        return entry < s.entries().size() ? s.withNav(new Nav(nav.focus(), entry, 0, 0)) : s;
      }
      switch (c) {
        case 'q': return s.quitting();
        case 'j': return down(s);
        case 'k': return up(s);
        case ' ': return pageDown(s);
        case 'b': return pageUp(s);
        case 'g': return top(s);
        case 'G': return bottom(s);
        case 'h': return s.withNav(new Nav(Focus.SECTIONS, nav.entry(), nav.item(), nav.scroll()));
        case 'l': return s.withNav(new Nav(Focus.CONTENT, nav.entry(), nav.item(), nav.scroll()));
        case 't': return s.withPicker(new Picker(0, s.filter().themeIds())).withOverlay(Overlay.PICKER, 0);
        case 'c': return cleared(s);
        case '/': return s.withSearch(new Search(s.search().kept(), "", nav)).withOverlay(Overlay.SEARCH, 0);
        case 'n': return nextMatch(s, 1);
        case 'N': return nextMatch(s, -1);
        case 's': return s.withOverlay(Overlay.SUMMARY, 0);
        case '?': return s.withOverlay(Overlay.HELP, 0);
        default: return s;
      }
    }
    if (!(in instanceof Special key)) {
      return s;
    }
    switch (key) {
      case DOWN: return down(s);
      case UP: return up(s);
      case PAGE_DOWN: return pageDown(s);
      case PAGE_UP: return pageUp(s);
      case HOME: return top(s);
      case END: return bottom(s);
      case TAB: return s.withNav(new Nav(nav.focus(), (nav.entry() + 1) % s.entries().size(), 0, 0));
      case BACK_TAB:
        return s.withNav(new Nav(nav.focus(), (nav.entry() + s.entries().size() - 1) % s.entries().size(), 0, 0));
      case LEFT: return s.withNav(new Nav(Focus.SECTIONS, nav.entry(), nav.item(), nav.scroll()));
      case RIGHT: return s.withNav(new Nav(Focus.CONTENT, nav.entry(), nav.item(), nav.scroll()));
      case BACKSPACE:
        if (nav.focus() == Focus.CONTENT) {
          return s.withNav(new Nav(Focus.SECTIONS, nav.entry(), nav.item(), nav.scroll()));
        }
        return s.library().size() > 1 ? s.closeBriefing() : s;
      case ENTER:
        if (nav.focus() == Focus.SECTIONS) {
          return s.withNav(new Nav(Focus.CONTENT, nav.entry(), nav.item(), nav.scroll()));
        }
        return s.currentEntry().kind() == Entry.Kind.THEMES ? themeUnderCursor(s) : source(s);
      case ESCAPE:
        return s.search().kept().isEmpty() ? s : s.withSearch(Search.NONE).withMessage("search cleared");
      default: return s;
    }
  }

  // ---- moving in the sections list and the content pane

  private static ReaderState down(ReaderState s) {
    Nav n = s.nav();
    if (n.focus() == Focus.SECTIONS) {
      return s.withNav(new Nav(n.focus(), Math.min(s.entries().size() - 1, n.entry() + 1), 0, 0));
    }
    Geometry g = Geometry.of(s);
    if (g.count() == 0) {
      return s;
    }
    // A tall item scrolls line by line before the cursor moves on, so all of it can be read.
    if (g.end(n.item()) > n.scroll() + g.viewport()) {
      return s.withNav(new Nav(n.focus(), n.entry(), n.item(), n.scroll() + 1));
    }
    if (n.item() + 1 >= g.count()) {
      return s;
    }
    return s.withNav(visible(g, new Nav(n.focus(), n.entry(), n.item() + 1, n.scroll())));
  }

  private static ReaderState up(ReaderState s) {
    Nav n = s.nav();
    if (n.focus() == Focus.SECTIONS) {
      return s.withNav(new Nav(n.focus(), Math.max(0, n.entry() - 1), 0, 0));
    }
    Geometry g = Geometry.of(s);
    if (g.count() == 0) {
      return s;
    }
    if (g.start(n.item()) < n.scroll()) {
      return s.withNav(new Nav(n.focus(), n.entry(), n.item(), n.scroll() - 1));
    }
    if (n.item() == 0) {
      return s;
    }
    int item = n.item() - 1;
    int scroll = Math.min(n.scroll(), g.start(item));
    if (g.end(item) - g.start(item) > g.viewport()) {
      scroll = Math.max(g.start(item), g.end(item) - g.viewport());
    }
    return s.withNav(new Nav(n.focus(), n.entry(), item, scroll));
  }

  private static ReaderState pageDown(ReaderState s) {
    Nav n = s.nav();
    Geometry g = Geometry.of(s);
    int scroll = Math.min(g.maxScroll(), n.scroll() + Math.max(1, g.viewport() - 1));
    int item = scroll == n.scroll() ? Math.max(0, g.count() - 1) : g.firstVisible(scroll);
    return s.withNav(new Nav(n.focus(), n.entry(), item, scroll));
  }

  private static ReaderState pageUp(ReaderState s) {
    Nav n = s.nav();
    Geometry g = Geometry.of(s);
    int scroll = Math.max(0, n.scroll() - Math.max(1, g.viewport() - 1));
    int item = scroll == n.scroll() ? 0 : g.firstVisible(scroll);
    return s.withNav(new Nav(n.focus(), n.entry(), item, scroll));
  }

  private static ReaderState top(ReaderState s) {
    Nav n = s.nav();
    return s.withNav(n.focus() == Focus.SECTIONS ? new Nav(n.focus(), 0, 0, 0) : new Nav(n.focus(), n.entry(), 0, 0));
  }

  private static ReaderState bottom(ReaderState s) {
    Nav n = s.nav();
    if (n.focus() == Focus.SECTIONS) {
      return s.withNav(new Nav(n.focus(), s.entries().size() - 1, 0, 0));
    }
    Geometry g = Geometry.of(s);
    return s.withNav(new Nav(n.focus(), n.entry(), Math.max(0, g.count() - 1), g.maxScroll()));
  }

  /** The nav with its scroll moved just enough to show the item under the cursor. */
  static Nav visible(ReaderState s, Nav n) {
    return visible(Geometry.of(s.withNav(n)), n);
  }

  private static Nav visible(Geometry g, Nav n) {
    int item = Math.max(0, Math.min(n.item(), g.count() - 1));
    int scroll = Math.min(n.scroll(), g.maxScroll());
    if (g.count() > 0) {
      if (g.start(item) < scroll) {
        scroll = g.start(item);
      } else if (g.end(item) > scroll + g.viewport()) {
        scroll = Math.min(g.start(item), g.end(item) - g.viewport());
      }
    }
    return new Nav(n.focus(), n.entry(), item, Math.max(0, scroll));
  }

  // ---- filters

  private static ReaderState cleared(ReaderState s) {
    ReaderState c = s.withFilter(ThemeFilter.NONE).withSearch(Search.NONE);
    return c.withNav(visible(c, c.nav())).withMessage("filters cleared");
  }

  private static ReaderState filtered(ReaderState s, ThemeFilter f) {
    ReaderState next = s.withFilter(f);
    return next.withNav(visible(next, next.nav()))
        .withMessage(f.isActive() ? "showing only: " + f.describe() : "filter cleared");
  }

  /** Opens the source view on the item under the cursor, if it cites anything. */
  private static ReaderState source(ReaderState s) {
    Item item = s.currentItem();
    if (item == null || !item.evidence().any()) {
      return item == null ? s : s.withMessage("this item cites no source");
    }
    return s.withOverlay(Overlay.SOURCE, 0);
  }

  /** The source view scrolls like the summary; every key that means "back" closes it. */
  private static ReaderState sourceView(ReaderState s, Input in) {
    if (in == Special.ENTER || in == Special.BACKSPACE || in == Special.LEFT) {
      return s.withOverlay(Overlay.NONE, 0);
    }
    return scrolled(s, in, 'h');
  }

  private static ReaderState themeUnderCursor(ReaderState s) {
    Entry entry = s.currentEntry();
    if (entry.kind() != Entry.Kind.THEMES || entry.items().isEmpty()) {
      return s;
    }
    String id = entry.items().get(s.nav().item()).themeId();
    return filtered(s, s.filter().toggle(id));
  }

  private static ReaderState picking(ReaderState s, Input in) {
    Picker p = s.picker();
    int count = s.briefing().themes().size();
    if (is(in, 'j') || in == Special.DOWN) {
      return s.withPicker(new Picker(Math.min(count - 1, p.cursor() + 1), p.selection()));
    }
    if (is(in, 'k') || in == Special.UP) {
      return s.withPicker(new Picker(Math.max(0, p.cursor() - 1), p.selection()));
    }
    if (is(in, ' ')) {
      String id = s.briefing().themes().get(p.cursor()).id();
      Set<String> next = new TreeSet<>(p.selection());
      if (!next.remove(id)) {
        next.add(id);
      }
      return s.withPicker(new Picker(p.cursor(), next));
    }
    if (is(in, 'c')) {
      return s.withPicker(new Picker(p.cursor(), Set.of()));
    }
    if (in == Special.ENTER) {
      return filtered(s.withOverlay(Overlay.NONE, 0), new ThemeFilter(p.selection()));
    }
    if (in == Special.ESCAPE || is(in, 'q') || is(in, 't')) {
      return s.withOverlay(Overlay.NONE, 0);
    }
    return s;
  }

  // ---- search

  private static ReaderState searching(ReaderState s, Input in) {
    Search search = s.search();
    if (in == Special.ESCAPE) {
      return s.withNav(search.before()).withSearch(new Search(search.kept(), "", search.before()))
          .withOverlay(Overlay.NONE, 0);
    }
    if (in == Special.ENTER) {
      Query kept = Query.parse(search.draft());
      ReaderState done = s.withSearch(new Search(kept, "", search.before())).withOverlay(Overlay.NONE, 0);
      if (kept.isEmpty()) {
        return done.withMessage("search cleared");
      }
      int found = matches(s, kept).size();
      return done.withMessage(found == 0 ? "no match for " + s.glyphs().text(search.draft())
          : found + (found == 1 ? " match" : " matches") + ": n next, N previous");
    }
    String draft = search.draft();
    if (in == Special.BACKSPACE) {
      if (draft.isEmpty()) {
        return s;
      }
      draft = draft.substring(0, draft.offsetByCodePoints(draft.length(), -1));
    } else if (in instanceof Input.Key k && !Character.isISOControl(k.codePoint())) {
      draft = draft + new String(Character.toChars(k.codePoint()));
    } else {
      return s;
    }
    return incremental(s.withSearch(new Search(search.kept(), draft, search.before())));
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

  private static ReaderState nextMatch(ReaderState s, int direction) {
    Query q = s.search().kept();
    if (q.isEmpty()) {
      return s.withMessage("no search: press / to search");
    }
    List<int[]> found = matches(s, q);
    if (found.isEmpty()) {
      return s.withMessage("no match");
    }
    Nav n = s.nav();
    int at = -1;
    for (int i = 0; i < found.size(); i++) {
      int[] m = found.get(i);
      int cmp = m[0] != n.entry() ? Integer.compare(m[0], n.entry()) : Integer.compare(m[1], n.item());
      if (direction > 0 && cmp > 0 && at < 0) {
        at = i;
      }
      if (direction < 0 && cmp < 0) {
        at = i;
      }
    }
    if (at < 0) {
      at = direction > 0 ? 0 : found.size() - 1;
    }
    return jumpTo(s, found.get(at)).withMessage("match " + (at + 1) + "/" + found.size());
  }

  /** Shows a match at the top of the content pane (as far as the pane can scroll). */
  private static ReaderState jumpTo(ReaderState s, int[] match) {
    ReaderState there = s.withNav(new Nav(Focus.CONTENT, match[0], match[1], 0));
    Geometry g = Geometry.of(there);
    return there.withNav(new Nav(Focus.CONTENT, match[0], match[1], Math.min(g.start(match[1]), g.maxScroll())));
  }

  /** Every (entry, item) whose text matches, in reading order; the overview repeats, so it is left out. */
  static List<int[]> matches(ReaderState s, Query q) {
    List<int[]> found = new ArrayList<>();
    List<Entry> entries = s.entries();
    for (int e = 0; e < entries.size(); e++) {
      if (entries.get(e).kind() == Entry.Kind.OVERVIEW) {
        continue;
      }
      List<Item> items = entries.get(e).items();
      for (int i = 0; i < items.size(); i++) {
        if (q.matchesAny(List.of(items.get(i).searchable()))) {
          found.add(new int[] {e, i});
        }
      }
    }
    return found;
  }

  // ---- overlays that scroll: help and summary

  private static ReaderState scrolled(ReaderState s, Input in, char closeKey) {
    int page = Math.max(1, Overlays.viewport(s) - 1);
    int max = Overlays.maxScroll(s);
    int scroll = s.overlayScroll();
    if (in == Special.ESCAPE || is(in, 'q') || is(in, closeKey)) {
      return s.withOverlay(Overlay.NONE, 0);
    }
    if (is(in, 'j') || in == Special.DOWN) {
      scroll++;
    } else if (is(in, 'k') || in == Special.UP) {
      scroll--;
    } else if (is(in, ' ') || in == Special.PAGE_DOWN) {
      scroll += page;
    } else if (is(in, 'b') || in == Special.PAGE_UP) {
      scroll -= page;
    } else if (is(in, 'g') || in == Special.HOME) {
      scroll = 0;
    } else if (is(in, 'G') || in == Special.END) {
      scroll = max;
    }
    return s.withOverlay(s.overlay(), Math.max(0, Math.min(max, scroll)));
  }
}
