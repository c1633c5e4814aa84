package brief.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Which briefings of a library are unread, read, or changed since they were read, given the marks
 * of what was read. A briefing's fingerprint is computed once, when its status is first asked (the
 * reader asks for the lines it shows; a never-read briefing needs none), or for all of them at once
 * on every core ({@link #computed}).
 */
public final class ReadMarks {
  public enum Status {
    UNREAD,
    READ,
    CHANGED
  }

  /**
   * A briefing read: its id, when ({@code readAt}, ISO-8601), the {@link Statement#fingerprint} of
   * the version read, {@code version} naming a snapshot of it (empty when none was kept), and which
   * of its statements were on screen ({@link Seen#format}; parsed only for the briefing opened).
   */
  public record Mark(String id, String readAt, long fingerprint, String version, String seen) {
    /** Read as a whole: every statement of it. */
    public Mark(String id, String readAt, long fingerprint, String version) {
      this(id, readAt, fingerprint, version, Seen.ALL.format());
    }

    public Seen seenStatements() {
      return Seen.parse(seen);
    }
  }

  private final List<Briefing> briefings;
  private final Map<String, Mark> marks;
  private final boolean kept;
  private final Function<String, Optional<Briefing>> lastRead;
  private final Map<String, Optional<Changes>> revisions = new ConcurrentHashMap<>();
  // By identity: a briefing's own hash code walks all of its text.
  private final Map<Briefing, Long> fingerprints = new IdentityHashMap<>();

  public ReadMarks(List<Briefing> briefings, Map<String, Mark> marks) {
    this(briefings, marks, true, id -> Optional.empty());
  }

  /**
   * {@code kept}: whether marks are kept between sessions at all (when not, the reader shows none);
   * {@code lastRead}: the version of a briefing last read, by id, when a copy of it was kept.
   */
  public ReadMarks(
      List<Briefing> briefings,
      Map<String, Mark> marks,
      boolean kept,
      Function<String, Optional<Briefing>> lastRead) {
    this.briefings = List.copyOf(briefings);
    this.marks = Map.copyOf(marks);
    this.kept = kept;
    this.lastRead = lastRead;
  }

  /** No read state: nothing is marked, and nothing is shown as unread. */
  public static ReadMarks none(List<Briefing> briefings) {
    return new ReadMarks(briefings, Map.of(), false, id -> Optional.empty());
  }

  /** Whether marks are kept between sessions (else there is nothing to show). */
  public boolean kept() {
    return kept;
  }

  /** A class, not a lambda: see {@link Parallel}'s callers on start-up costs. */
  private static final Function<Briefing, Long> FINGERPRINT =
      new Function<>() {
        @Override
        public Long apply(Briefing b) {
          return Statement.fingerprint(b);
        }
      };

  /**
   * Computes the fingerprints of every marked briefing at once, on every core: for a question about
   * all of them ({@code list --unread}); the reader asks only about the lines it shows.
   */
  public ReadMarks computed() {
    List<Briefing> marked = new ArrayList<>();
    for (Briefing b : briefings) {
      if (marks.containsKey(b.id())) {
        marked.add(b);
      }
    }
    List<Long> values = Parallel.map(marked, FINGERPRINT);
    synchronized (this) {
      for (int i = 0; i < marked.size(); i++) {
        fingerprints.put(marked.get(i), values.get(i));
      }
    }
    return this;
  }

  private synchronized long fingerprint(Briefing b) {
    Long known = fingerprints.get(b);
    if (known == null) {
      known = Statement.fingerprint(b);
      fingerprints.put(b, known);
    }
    return known;
  }

  public Status status(Briefing b) {
    Mark mark = marks.get(b.id());
    if (mark == null) {
      return Status.UNREAD;
    }
    return fingerprint(b) == mark.fingerprint() ? Status.READ : Status.CHANGED;
  }

  public Optional<Mark> mark(String id) {
    return Optional.ofNullable(marks.get(id));
  }

  /** The same marks, with {@code seen} as the statements of {@code b} seen (it must be marked). */
  public ReadMarks withSeen(Briefing b, Seen seen) {
    Mark m = marks.get(b.id());
    if (m == null) {
      return this;
    }
    Map<String, Mark> next = new HashMap<>(marks);
    next.put(b.id(), new Mark(m.id(), m.readAt(), m.fingerprint(), m.version(), seen.format()));
    ReadMarks out = new ReadMarks(briefings, next, kept, lastRead);
    synchronized (this) {
      out.fingerprints.putAll(fingerprints);
    }
    return out;
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

  /**
   * What changed in {@code b} since it was last read: empty when it is not {@link Status#CHANGED}
   * or no copy of the version read was kept. Computed on first asking, once.
   */
  public Optional<Changes> sinceRead(Briefing b) {
    if (status(b) != Status.CHANGED) {
      return Optional.empty();
    }
    return revisions.computeIfAbsent(
        b.id(), id -> lastRead.apply(id).map(before -> Changes.between(before, b)));
  }

  /** The same marks with {@code b} read as it is now (in this session; saving is the caller's). */
  public ReadMarks withRead(Briefing b, String readAt) {
    Map<String, Mark> next = new HashMap<>(marks);
    Mark before = marks.get(b.id());
    String seen = before == null ? Seen.ALL.format() : before.seen();
    next.put(b.id(), new Mark(b.id(), readAt, Statement.fingerprint(b), "", seen));
    ReadMarks out = new ReadMarks(briefings, next, kept, lastRead);
    synchronized (this) {
      out.fingerprints.putAll(fingerprints);
    }
    out.fingerprints.put(b, next.get(b.id()).fingerprint());
    return out;
  }
}
