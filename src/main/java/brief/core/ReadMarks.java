package brief.core;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Which briefings of a library are unread, read, or changed since they were read, given the marks
 * of what was read. Fingerprints are computed once, on the first question, and only of briefings
 * that have a mark (a never-read briefing needs none), on every core.
 */
public final class ReadMarks {
  public enum Status {
    UNREAD,
    READ,
    CHANGED
  }

  /**
   * A briefing read: its id, when ({@code readAt}, ISO-8601), the {@link Statement#fingerprint} of
   * the version read, and {@code version} naming a snapshot of it (empty when none was kept).
   */
  public record Mark(String id, String readAt, long fingerprint, String version) {}

  private final List<Briefing> briefings;
  private final Map<String, Mark> marks;
  // By identity: a briefing's own hash code walks all of its text.
  private Map<Briefing, Long> fingerprints;

  public ReadMarks(List<Briefing> briefings, Map<String, Mark> marks) {
    this.briefings = List.copyOf(briefings);
    this.marks = Map.copyOf(marks);
  }

  public static ReadMarks none(List<Briefing> briefings) {
    return new ReadMarks(briefings, Map.of());
  }

  /** A class, not a lambda: see {@link Parallel}'s callers on start-up costs. */
  private static final Function<Briefing, Long> FINGERPRINT =
      new Function<>() {
        @Override
        public Long apply(Briefing b) {
          return Statement.fingerprint(b);
        }
      };

  private synchronized Map<Briefing, Long> fingerprints() {
    if (fingerprints == null) {
      List<Briefing> marked = new ArrayList<>();
      for (Briefing b : briefings) {
        if (marks.containsKey(b.id())) {
          marked.add(b);
        }
      }
      List<Long> values = Parallel.map(marked, FINGERPRINT);
      Map<Briefing, Long> out = new IdentityHashMap<>();
      for (int i = 0; i < marked.size(); i++) {
        out.put(marked.get(i), values.get(i));
      }
      fingerprints = out;
    }
    return fingerprints;
  }

  public Status status(Briefing b) {
    Mark mark = marks.get(b.id());
    if (mark == null) {
      return Status.UNREAD;
    }
    Long now = fingerprints().get(b);
    long fingerprint = now != null ? now : Statement.fingerprint(b);
    return fingerprint == mark.fingerprint() ? Status.READ : Status.CHANGED;
  }

  public java.util.Optional<Mark> mark(String id) {
    return java.util.Optional.ofNullable(marks.get(id));
  }

  /** How many of the briefings were never read. */
  public int unread() {
    int n = 0;
    for (Briefing b : briefings) {
      if (!marks.containsKey(b.id())) {
        n++;
      }
    }
    return n;
  }

  /** The same library with other marks (after reading or marking), fingerprints kept. */
  public ReadMarks with(Map<String, Mark> other) {
    ReadMarks next = new ReadMarks(briefings, other);
    synchronized (this) {
      if (fingerprints != null) {
        next.fingerprints = new IdentityHashMap<>(fingerprints);
      }
    }
    return next;
  }
}
