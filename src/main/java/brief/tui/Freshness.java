package brief.tui;

import brief.core.Changes;
import brief.core.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Which items of the briefing being read are new ({@code +}) or changed ({@code ~}) since the
 * reader last read it, for the mark beside each and for {@code u}/{@code U} (which visit the unread
 * ones of {@link PointsRead} too). Items are matched to the statements of {@link Changes} by what
 * they show: a point's or a timeline entry's text, a quote's words, a stakeholder's id for a
 * changed position.
 */
final class Freshness {
  private Freshness() {}

  enum Mark {
    NONE,
    ADDED,
    CHANGED
  }

  static Mark of(ReadStatus read, Item item) {
    if (read.changes().isEmpty()) {
      return Mark.NONE;
    }
    Changes c = read.changes().get();
    for (Statement st : c.added()) {
      if (shows(item, st)) {
        return Mark.ADDED;
      }
    }
    for (Changes.Change ch : c.changed()) {
      if (shows(item, ch.after())) {
        return Mark.CHANGED;
      }
    }
    return Mark.NONE;
  }

  private static boolean shows(Item item, Statement st) {
    return switch (st.kind()) {
      case POINT, EVENT -> item.searchable().equals(st.text());
      case QUOTE -> item.evidence().quote().equals(st.text());
      case POSITION -> !item.id().isEmpty() && item.id().equals(st.id());
      default -> false;
    };
  }

  /** {@code u} (direction 1) or {@code U} (-1): to the next new or changed item, wrapping. */
  static ReaderState next(ReaderState s, int direction) {
    List<int[]> marked = new ArrayList<>();
    List<Entry> entries = s.entries();
    for (int e = 0; e < entries.size(); e++) {
      for (int i = 0; i < entries.get(e).items().size(); i++) {
        Item item = entries.get(e).items().get(i);
        if (of(s.read(), item) != Mark.NONE || s.read().points().unread(entries.get(e), item)) {
          marked.add(new int[] {e, i});
        }
      }
    }
    if (!marked.isEmpty()) {
      return Searching.jumpTo(s, marked.get(Searching.next(marked, s.nav(), direction)));
    }
    return s.withMessage(
        s.read().changes().isPresent()
            ? "what changed is in the title or the summaries, or hidden by a filter: D shows it all"
            : "nothing unread, new or changed since you last read it");
  }

  /** {@code m}: the statement under the cursor read when it was shown unread, else unread. */
  static ReaderState toggle(ReaderState s) {
    Entry entry = s.currentEntry();
    if (entry.items().isEmpty() || PointsRead.key(entry, s.currentItem()) == null) {
      return s.withMessage("only points, quotes, stakeholders and dates are marked read or unread");
    }
    PointsRead points = s.read().points().toggle(entry, s.currentItem());
    return s.withRead(s.read().withPoints(points))
        .withMessage(points.unread(entry, s.currentItem()) ? "marked unread" : "marked read");
  }

  /** {@code u}/{@code U} in the library: the next briefing never read, or updated since. */
  static ReaderState nextBriefing(ReaderState s, int direction) {
    List<Integer> shown = s.libraryScreen().filter().shown();
    int cursor = s.libraryCursor();
    for (int step = 1; step <= shown.size(); step++) {
      int row = Math.floorMod(cursor + direction * step, shown.size());
      if (s.read().marks().status(s.library().get(shown.get(row)))
          != brief.core.ReadMarks.Status.READ) {
        return s.withLibraryCursor(row);
      }
    }
    return s.withMessage("no unread briefing");
  }
}
