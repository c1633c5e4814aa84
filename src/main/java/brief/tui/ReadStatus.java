package brief.tui;

import brief.core.Briefing;
import brief.core.Changes;
import brief.core.ReadMarks;
import java.util.Optional;

/**
 * What the reader knows of what was read: the marks of the library, and for the briefing being
 * read, what changed since it was read before ({@code readOn}, a date; {@code changes}, empty when
 * nothing did or no copy of that version was kept).
 */
public record ReadStatus(ReadMarks marks, String readOn, Optional<Changes> changes) {
  public static ReadStatus of(ReadMarks marks) {
    return new ReadStatus(marks, "", Optional.empty());
  }

  /** On opening {@code b}: it is read now, and what changed since the last time is kept. */
  ReadStatus opened(Briefing b) {
    boolean changed = marks.status(b) == ReadMarks.Status.CHANGED;
    String before = marks.mark(b.id()).map(ReadMarks.Mark::readAt).orElse("");
    Optional<Changes> since = changed ? marks.sinceRead(b) : Optional.empty();
    // The date part of an ISO instant: the day it was read (UTC).
    String on = before.length() >= 10 ? before.substring(0, 10) : before;
    return new ReadStatus(
        marks.withRead(b, ""), changed ? on : "", since.filter(c -> !c.isEmpty()));
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
