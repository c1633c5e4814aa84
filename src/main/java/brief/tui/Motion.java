package brief.tui;

import brief.tui.ReaderState.Focus;
import brief.tui.ReaderState.Nav;

/**
 * Moving through the sections list and the content pane: by item, by page, to either end. A tall
 * item scrolls line by line before the cursor moves on, so all of it can be read.
 */
final class Motion {
  private Motion() {}

  static ReaderState down(ReaderState s) {
    Nav n = s.nav();
    if (n.focus() == Focus.SECTIONS) {
      return s.withNav(n.atEntry(Math.min(s.entries().size() - 1, n.entry() + 1)));
    }
    Geometry g = Geometry.of(s);
    if (g.count() == 0) {
      return s;
    }
    if (g.end(n.item()) > n.scroll() + g.viewport()) {
      return s.withNav(n.scrolledTo(n.scroll() + 1));
    }
    if (n.item() + 1 >= g.count()) {
      return s;
    }
    return s.withNav(visible(g, n.at(n.item() + 1, n.scroll())));
  }

  static ReaderState up(ReaderState s) {
    Nav n = s.nav();
    if (n.focus() == Focus.SECTIONS) {
      return s.withNav(n.atEntry(Math.max(0, n.entry() - 1)));
    }
    Geometry g = Geometry.of(s);
    if (g.count() == 0) {
      return s;
    }
    if (g.start(n.item()) < n.scroll()) {
      return s.withNav(n.scrolledTo(n.scroll() - 1));
    }
    if (n.item() == 0) {
      return s;
    }
    int item = n.item() - 1;
    int scroll = Math.min(n.scroll(), g.start(item));
    if (g.end(item) - g.start(item) > g.viewport()) {
      scroll = Math.max(g.start(item), g.end(item) - g.viewport());
    }
    return s.withNav(n.at(item, scroll));
  }

  static ReaderState pageDown(ReaderState s) {
    return scrollDown(s, Math.max(1, Geometry.of(s).viewport() - 1));
  }

  /** Half a page, as less's Ctrl-D and Ctrl-U: the eye keeps half of what it saw. */
  static ReaderState halfPageDown(ReaderState s) {
    return scrollDown(s, Math.max(1, Geometry.of(s).viewport() / 2));
  }

  static ReaderState halfPageUp(ReaderState s) {
    return scrollUp(s, Math.max(1, Geometry.of(s).viewport() / 2));
  }

  private static ReaderState scrollDown(ReaderState s, int rows) {
    Nav n = s.nav();
    Geometry g = Geometry.of(s);
    int scroll = Math.min(g.maxScroll(), n.scroll() + rows);
    int item = scroll == n.scroll() ? Math.max(0, g.count() - 1) : g.firstVisible(scroll);
    return s.withNav(n.at(item, scroll));
  }

  static ReaderState pageUp(ReaderState s) {
    return scrollUp(s, Math.max(1, Geometry.of(s).viewport() - 1));
  }

  private static ReaderState scrollUp(ReaderState s, int rows) {
    Nav n = s.nav();
    Geometry g = Geometry.of(s);
    int scroll = Math.max(0, n.scroll() - rows);
    int item = scroll == n.scroll() ? 0 : g.firstVisible(scroll);
    return s.withNav(n.at(item, scroll));
  }

  static ReaderState top(ReaderState s) {
    Nav n = s.nav();
    return s.withNav(n.focus() == Focus.SECTIONS ? n.atEntry(0) : n.at(0, 0));
  }

  static ReaderState bottom(ReaderState s) {
    Nav n = s.nav();
    if (n.focus() == Focus.SECTIONS) {
      return s.withNav(n.atEntry(s.entries().size() - 1));
    }
    Geometry g = Geometry.of(s);
    return s.withNav(n.at(Math.max(0, g.count() - 1), g.maxScroll()));
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
    return n.at(item, Math.max(0, scroll));
  }

  /** Scrolls an overlay (help, summary, source) by what {@code action} asks, within its length. */
  static int scrolled(ReaderState s, Keys.Action action) {
    int page = Math.max(1, Overlays.viewport(s) - 1);
    int max = Overlays.maxScroll(s);
    int scroll = s.overlayScroll();
    scroll =
        switch (action) {
          case DOWN -> scroll + 1;
          case UP -> scroll - 1;
          case PAGE_DOWN -> scroll + page;
          case PAGE_UP -> scroll - page;
          case HALF_PAGE_DOWN -> scroll + Math.max(1, page / 2);
          case HALF_PAGE_UP -> scroll - Math.max(1, page / 2);
          case TOP -> 0;
          case BOTTOM -> max;
          default -> scroll;
        };
    return Math.max(0, Math.min(max, scroll));
  }
}
