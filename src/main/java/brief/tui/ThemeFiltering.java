package brief.tui;

import brief.core.ThemeFilter;
import brief.tui.Keys.Action;
import brief.tui.Keys.Mode;
import brief.tui.ReaderState.Overlay;
import brief.tui.ReaderState.Picker;
import brief.tui.ReaderState.Search;
import java.util.Set;
import java.util.TreeSet;

/** The theme filter of a briefing being read: the picker ({@code t}), {@code T}, and clearing. */
final class ThemeFiltering {
  private ThemeFiltering() {}

  static ReaderState cleared(ReaderState s) {
    ReaderState c = s.withFilter(ThemeFilter.NONE).withSearch(Search.NONE);
    return c.withNav(Motion.visible(c, c.nav())).withMessage("filters cleared");
  }

  private static ReaderState filtered(ReaderState s, ThemeFilter f) {
    ReaderState next = s.withFilter(f);
    return next.withNav(Motion.visible(next, next.nav()))
        .withMessage(f.isActive() ? "showing only: " + f.describe() : "filter cleared");
  }

  static ReaderState themeUnderCursor(ReaderState s) {
    Item item = s.currentItem();
    return item == null ? s : filtered(s, s.filter().toggle(item.id()));
  }

  static ReaderState picking(ReaderState s, Input in) {
    Picker p = s.picker();
    int count = s.briefing().themes().size();
    Action action = Keys.action(Mode.PICKER, in);
    if (action == null) {
      return s;
    }
    return switch (action) {
      case DOWN -> s.withPicker(new Picker(Math.min(count - 1, p.cursor() + 1), p.selection()));
      case UP -> s.withPicker(new Picker(Math.max(0, p.cursor() - 1), p.selection()));
      case TOGGLE ->
          s.withPicker(
              new Picker(
                  p.cursor(), toggled(p.selection(), s.briefing().themes().get(p.cursor()).id())));
      case CLEAR_PICKS -> s.withPicker(new Picker(p.cursor(), Set.of()));
      case APPLY -> filtered(s.withOverlay(Overlay.NONE, 0), new ThemeFilter(p.selection()));
      case CLOSE -> s.withOverlay(Overlay.NONE, 0);
      default -> s;
    };
  }

  static Set<String> toggled(Set<String> selection, String id) {
    Set<String> next = new TreeSet<>(selection);
    if (!next.remove(id)) {
      next.add(id);
    }
    return next;
  }
}
