package brief.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The words of an old and a new text, each kept, removed or added: the longest common run of words
 * is kept, and where both sides differ the removed words come before the added ones.
 */
public final class WordDiff {
  /** Beyond this many words on both sides multiplied, the texts are shown whole, old then new. */
  private static final long MAX_CELLS = 4_000_000;

  public enum Op {
    SAME,
    REMOVED,
    ADDED
  }

  /** A run of words with one fate, joined by single spaces. */
  public record Piece(Op op, String text) {}

  private WordDiff() {}

  public static List<Piece> of(String before, String after) {
    String[] a = words(before);
    String[] b = words(after);
    List<Piece> out = new ArrayList<>();
    if ((long) a.length * b.length > MAX_CELLS) {
      add(out, Op.REMOVED, String.join(" ", a));
      add(out, Op.ADDED, String.join(" ", b));
      return out;
    }
    // lcs[i][j]: the longest common subsequence of a[i..] and b[j..]
    int[][] lcs = new int[a.length + 1][b.length + 1];
    for (int i = a.length - 1; i >= 0; i--) {
      for (int j = b.length - 1; j >= 0; j--) {
        lcs[i][j] =
            a[i].equals(b[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<String> removed = new ArrayList<>();
    List<String> added = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < a.length || j < b.length) {
      if (i < a.length && j < b.length && a[i].equals(b[j])) {
        flush(out, removed, added);
        add(out, Op.SAME, a[i]);
        i++;
        j++;
      } else if (j >= b.length || i < a.length && lcs[i + 1][j] >= lcs[i][j + 1]) {
        removed.add(a[i++]);
      } else {
        added.add(b[j++]);
      }
    }
    flush(out, removed, added);
    return out;
  }

  private static void flush(List<Piece> out, List<String> removed, List<String> added) {
    add(out, Op.REMOVED, String.join(" ", removed));
    add(out, Op.ADDED, String.join(" ", added));
    removed.clear();
    added.clear();
  }

  /** Appends, joining a run of the same fate into one piece. */
  private static void add(List<Piece> out, Op op, String text) {
    if (text.isEmpty()) {
      return;
    }
    int last = out.size() - 1;
    if (last >= 0 && out.get(last).op() == op) {
      out.set(last, new Piece(op, out.get(last).text() + " " + text));
    } else {
      out.add(new Piece(op, text));
    }
  }

  private static String[] words(String s) {
    String t = s.strip();
    return t.isEmpty() ? new String[0] : t.split("\\s+");
  }
}
