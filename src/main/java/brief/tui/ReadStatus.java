package brief.tui;

import brief.core.Briefing;
import brief.core.Changes;
import brief.core.ReadMarks;
import brief.core.Seen;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the reader knows of what was read: the marks of the library, and for the briefing being
 * read, what changed since it was read before ({@code readOn}, a date; {@code changes}, empty when
 * nothing did or no copy of that version was kept) and which of its statements are unread.
 */
public record ReadStatus(
    ReadMarks marks, String readOn, Optional<Changes> changes, PointsRead points) {
  public static ReadStatus of(ReadMarks marks) {
    return new ReadStatus(marks, "", Optional.empty(), PointsRead.NONE);
  }

  ReadStatus withPoints(PointsRead p) {
    return new ReadStatus(marks, readOn, changes, p);
  }

  /**
   * With the statements of {@code b} seen so far, as the reader's loop recorded them: opened again
   * in this session, it starts from them.
   */
  public ReadStatus withSeen(Briefing b, Set<String> keys) {
    return new ReadStatus(
        marks.withSeen(b, Seen.of(keys)), readOn, changes, points.withSeenNow(keys));
  }

  /**
   * On opening {@code b}, shown as {@code entries}: it is read now, and what changed since the last
   * time and what was not seen then are kept.
   */
  ReadStatus opened(Briefing b, List<Entry> entries) {
    boolean changed = marks.status(b) == ReadMarks.Status.CHANGED;
    String before = marks.mark(b.id()).map(ReadMarks.Mark::readAt).orElse("");
    Optional<Changes> since = changed ? marks.sinceRead(b) : Optional.empty();
    // The date part of an ISO instant: the day it was read (UTC).
    String on = before.length() >= 10 ? before.substring(0, 10) : before;
    ReadStatus opened =
        new ReadStatus(
            marks.withRead(b, ""),
            changed ? on : "",
            since.filter(c -> !c.isEmpty()),
            PointsRead.NONE);
    return opened.withPoints(PointsRead.opened(marks.mark(b.id()), entries, opened));
  }

  /** The line shown on opening a briefing changed since it was read; empty when it was not. */
  String banner() {
    if (readOn.isEmpty()) {
      return "";
    }
    if (changes.isEmpty()) {
      return "changed since you read it on " + readOn;
    }
    int n = changes.get().size();
    return "changed since you read it on "
        + readOn
        + ": "
        + n
        + (n == 1 ? " change" : " changes")
        + " (+ new, ~ changed: u next, D shows what)";
  }
}
