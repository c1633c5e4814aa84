package brief.tui;

import brief.core.ReadMarks;
import brief.core.Seen;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which statements of the briefing being read are unread, marked {@code •} beside them and reached
 * by {@code u}/{@code U}: those that were not on screen by the end of its last reading, as found on
 * opening it, with this session's {@code m} toggles over them ({@code true}: unread). Only for a
 * briefing read before: on a first reading all of it is new, and nothing is marked until {@code m}.
 */
public record PointsRead(
    boolean readBefore, Set<String> seenAtStart, Map<String, Boolean> toggled) {
  static final PointsRead NONE = new PointsRead(false, Set.of(), Map.of());

  /** Beside a statement not on screen by the end of the last reading (see {@link PointsRead}). */
  static final String MARK = "*";

  /**
   * The keys of the statements whose first line is on screen in the content pane (none while an
   * overlay covers it): what counts as seen ({@link PointsRead}).
   */
  public static Set<String> onScreen(ReaderState s) {
    Set<String> keys = new HashSet<>();
    if (s.inLibrary()
        || s.size().tooSmall()
        || s.overlay() != ReaderState.Overlay.NONE && !s.overlay().onStatusLine()) {
      return keys;
    }
    Layout l = s.layout();
    if (!l.twoPanes() && s.nav().focus() != ReaderState.Focus.CONTENT) {
      return keys;
    }
    Entry entry = s.currentEntry();
    Geometry geo = Geometry.of(s);
    int scroll = s.nav().scroll();
    for (int i = 0; i < entry.items().size(); i++) {
      if (geo.start(i) >= scroll && geo.start(i) < scroll + l.innerRows()) {
        String key = key(entry, entry.items().get(i));
        if (key != null) {
          keys.add(key);
        }
      }
    }
    return keys;
  }

  public PointsRead {
    seenAtStart = Set.copyOf(seenAtStart);
    toggled = Map.copyOf(toggled);
  }

  /**
   * A statement's key ({@link Seen#key} of what it shows), or null for an item that is none (a
   * theme, a paragraph of the source).
   */
  static String key(Entry entry, Item item) {
    return switch (entry.kind()) {
      case OVERVIEW, SECTION, QUOTES, STAKEHOLDERS, TIMELINE, PERSON ->
          item.searchable().isBlank() ? null : Seen.key(item.searchable());
      default -> null;
    };
  }

  /**
   * On opening a briefing last read as {@code mark}: what was seen then. A mark of the whole
   * briefing ({@link Seen#ALL}) stands for every statement but those new or changed since.
   */
  static PointsRead opened(Optional<ReadMarks.Mark> mark, List<Entry> entries, ReadStatus status) {
    if (mark.isEmpty()) {
      return NONE;
    }
    Seen seen;
    try {
      seen = mark.get().seenStatements();
    } catch (IllegalArgumentException e) {
      seen = Seen.ALL;
    }
    if (!seen.all()) {
      return new PointsRead(true, seen.keys(), Map.of());
    }
    Set<String> keys = new HashSet<>();
    for (Entry e : entries) {
      for (Item item : e.items()) {
        String key = key(e, item);
        if (key != null && Freshness.of(status, item) == Freshness.Mark.NONE) {
          keys.add(key);
        }
      }
    }
    return new PointsRead(true, keys, Map.of());
  }

  boolean unread(Entry entry, Item item) {
    String key = key(entry, item);
    if (key == null) {
      return false;
    }
    Boolean mine = toggled.get(key);
    return mine != null ? mine : readBefore && !seenAtStart.contains(key);
  }

  /** {@code m}: the item unread when it was shown read, read when it was shown unread. */
  PointsRead toggle(Entry entry, Item item) {
    String key = key(entry, item);
    if (key == null) {
      return this;
    }
    Map<String, Boolean> next = new HashMap<>(toggled);
    next.put(key, !unread(entry, item));
    return new PointsRead(readBefore, seenAtStart, next);
  }

  /** What to keep as seen: what was before, what has been on screen since, the toggles last. */
  public Set<String> recorded(Set<String> onScreen) {
    Set<String> keys = new HashSet<>(seenAtStart);
    keys.addAll(onScreen);
    toggled.forEach(
        (key, unread) -> {
          if (unread) {
            keys.remove(key);
          } else {
            keys.add(key);
          }
        });
    return keys;
  }
}
