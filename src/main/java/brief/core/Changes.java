package brief.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What changed between two versions of a briefing, statement by statement: {@code added} are only
 * in the new one, {@code removed} (withdrawn) only in the old one, {@code changed} are in both with
 * another text or in another place. The matching rules are those of docs/format.md, "Revisions".
 */
public record Changes(List<Statement> added, List<Statement> removed, List<Change> changed) {

  /** One statement in both versions: as it was, and as it is. */
  public record Change(Statement before, Statement after) {
    /** Whether it now stands elsewhere (a point in another section). */
    public boolean moved() {
      return !before.scope().equals(after.scope());
    }
  }

  /** Two statements are "the same, edited" when at least this share of their words is common. */
  static final double ALIKE = 0.5;

  public Changes {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
  }

  public boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }

  public int size() {
    return added.size() + removed.size() + changed.size();
  }

  public static Changes between(Briefing before, Briefing after) {
    return between(Statement.of(before), Statement.of(after));
  }

  public static Changes between(List<Statement> before, List<Statement> after) {
    List<Statement> added = new ArrayList<>();
    List<Statement> removed = new ArrayList<>();
    List<Change> changed = new ArrayList<>();
    for (Statement.Kind kind : Statement.Kind.values()) {
      new Matching(only(before, kind), only(after, kind), kind).run(added, removed, changed);
    }
    return new Changes(added, removed, changed);
  }

  private static List<Statement> only(List<Statement> all, Statement.Kind kind) {
    List<Statement> out = new ArrayList<>();
    for (Statement s : all) {
      if (s.kind() == kind) {
        out.add(s);
      }
    }
    return out;
  }

  /** The matching of one kind's statements. */
  private static final class Matching {
    private final List<Statement> before;
    private final List<Statement> after;
    private final Statement.Kind kind;
    private final Map<Statement, Statement> pairs = new HashMap<>();
    private final Set<Statement> taken = new HashSet<>();

    Matching(List<Statement> before, List<Statement> after, Statement.Kind kind) {
      this.before = before;
      this.after = after;
      this.kind = kind;
    }

    void run(List<Statement> added, List<Statement> removed, List<Change> changed) {
      byId();
      byText(true);
      byText(false);
      bySimilarity();
      for (Statement old : before) {
        Statement now = pairs.get(old);
        if (now == null) {
          removed.add(old);
        } else if (!now.text().equals(old.text()) || !now.scope().equals(old.scope())) {
          changed.add(new Change(old, now));
        }
      }
      for (Statement now : after) {
        if (!taken.contains(now)) {
          added.add(now);
        }
      }
      changed.sort(Comparator.comparingInt(c -> after.indexOf(c.after())));
    }

    /** The title and bottom line are one each; sections and stakeholders have ids; points may. */
    private void byId() {
      boolean single = kind == Statement.Kind.TITLE || kind == Statement.Kind.SUMMARY;
      Map<String, Statement> now = new HashMap<>();
      for (Statement s : after) {
        if (single || !s.id().isEmpty()) {
          now.putIfAbsent(single ? "" : s.id(), s);
        }
      }
      for (Statement old : before) {
        if (single || !old.id().isEmpty()) {
          Statement match = now.get(single ? "" : old.id());
          if (match != null && !taken.contains(match)) {
            pair(old, match);
          }
        }
      }
    }

    /** Same text: in the same scope first, then anywhere (a point moved as it was). */
    private void byText(boolean sameScope) {
      for (Statement old : before) {
        if (pairs.containsKey(old)) {
          continue;
        }
        for (Statement now : after) {
          if (!taken.contains(now)
              && now.text().equals(old.text())
              && (!sameScope || now.scope().equals(old.scope()))
              && idsAllow(old, now)) {
            pair(old, now);
            break;
          }
        }
      }
    }

    /** The most alike pairs first, in the same scope (timeline entries: all in one). */
    private void bySimilarity() {
      record Candidate(Statement old, Statement now, double score, int order) {}
      List<Candidate> candidates = new ArrayList<>();
      Map<Statement, Set<String>> words = new HashMap<>();
      int order = 0;
      for (Statement old : before) {
        if (pairs.containsKey(old)) {
          continue;
        }
        for (Statement now : after) {
          if (taken.contains(now) || !now.scope().equals(old.scope()) || !idsAllow(old, now)) {
            continue;
          }
          double score =
              overlap(
                  words.computeIfAbsent(old, Changes::words),
                  words.computeIfAbsent(now, Changes::words));
          if (score >= ALIKE) {
            candidates.add(new Candidate(old, now, score, order++));
          }
        }
      }
      candidates.sort(
          Comparator.comparingDouble(Candidate::score)
              .reversed()
              .thenComparingInt(Candidate::order));
      for (Candidate c : candidates) {
        if (!pairs.containsKey(c.old()) && !taken.contains(c.now())) {
          pair(c.old(), c.now());
        }
      }
    }

    /** Two different ids name two different statements, whatever their texts. */
    private static boolean idsAllow(Statement old, Statement now) {
      return old.id().isEmpty() || now.id().isEmpty() || old.id().equals(now.id());
    }

    private void pair(Statement old, Statement now) {
      pairs.put(old, now);
      taken.add(now);
    }
  }

  /** Lower-case words of a statement, punctuation left out. */
  static Set<String> words(Statement s) {
    Set<String> out = new HashSet<>();
    for (String w : s.text().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** The words in common as a share of the longer statement's words (0 to 1). */
  static double overlap(Set<String> a, Set<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (String w : a) {
      if (b.contains(w)) {
        common++;
      }
    }
    return (double) common / Math.max(a.size(), b.size());
  }
}
