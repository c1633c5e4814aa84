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
 * Which statements of the briefing being read are unread, marked {@code *} beside them ({@code N}
 * in ASCII) and reached by {@code u}/{@code U}: those that were not on screen by the end of its
 * last reading, as found on opening it, less those on screen since ({@code seenNow}), with this
 * session's {@code m} toggles over them ({@code true}: unread). Only for a briefing read before: on
 * a first reading all of it is new, and nothing is marked until {@code m}.
 */
public record PointsRead(
    boolean readBefore,
    Set<String> seenAtStart,
    Map<String, Boolean> toggled,
    Set<String> seenNow) {
  static final PointsRead NONE = new PointsRead(false, Set.of(), Map.of(), Set.of());

  /** Beside a statement not on screen by the end of the last reading (see {@link PointsRead}). */
  static final String MARK = "*";

  /** The mark as drawn: {@code N} in ASCII, where {@code *} is a high-priority point's bullet. */
  static String mark(Glyphs g) {
    return g.ascii() ? g.unread() : MARK;
  }

  /**
   * The keys of the statements wholly on screen in the content pane (none while an overlay covers
   * it), or, for one taller than the pane, with its last line on screen: what counts as seen.
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
      int bottom = scroll + l.innerRows();
      boolean ends = geo.end(i) > scroll && geo.end(i) <= bottom;
      if (ends && (geo.start(i) >= scroll || geo.end(i) - geo.start(i) > l.innerRows())) {
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
    seenNow = Set.copyOf(seenNow);
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
      return new PointsRead(true, seen.keys(), Map.of(), seen.keys());
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
    return new PointsRead(true, keys, Map.of(), keys);
  }

  boolean unread(Entry entry, Item item) {
    String key = key(entry, item);
    if (key == null) {
      return false;
    }
    Boolean mine = toggled.get(key);
    return mine != null ? mine : readBefore && !seenNow.contains(key);
  }

  /** {@code m}: the item unread when it was shown read, read when it was shown unread. */
  PointsRead toggle(Entry entry, Item item) {
    String key = key(entry, item);
    if (key == null) {
      return this;
    }
    Map<String, Boolean> next = new HashMap<>(toggled);
    next.put(key, !unread(entry, item));
    return new PointsRead(readBefore, seenAtStart, next, seenNow);
  }

  /**
   * With {@code seen} (what {@link #recorded} gave) as seen now: a statement once on screen is
   * unmarked, and u goes on to the next.
   */
  public PointsRead withSeenNow(Set<String> seen) {
    return new PointsRead(readBefore, seenAtStart, toggled, seen);
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
