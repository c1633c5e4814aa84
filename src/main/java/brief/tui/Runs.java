package brief.tui;

import java.util.ArrayList;
import java.util.List;

/**
 * Briefing text made safe to draw, with marked runs over it: the text is what {@link
 * Glyphs#text(String)} shows of the whole, character for character, and the runs say which
 * stretches of it are marked (a quote, a date). Each stretch is made safe on its own, since
 * escaping or transliterating may change its length; a safe stretch has no white space at its ends,
 * so the one space the whole would show there is put back between stretches, outside the mark.
 */
record Runs(String text, List<int[]> marks) {
  Runs {
    marks = List.copyOf(marks);
  }

  /**
   * {@code raw} as shown, with {@code rawMarks} ([start, end) chars of {@code raw}, sorted) moved
   * to the same words of the shown text (a third number, the mark's kind, kept); a mark that
   * overlaps the one before it is left out.
   */
  static Runs of(String raw, List<int[]> rawMarks, Glyphs g) {
    StringBuilder shown = new StringBuilder();
    List<int[]> marks = new ArrayList<>();
    boolean spaceOwed = false;
    int at = 0;
    for (int[] m : rawMarks) {
      if (m[0] < at || m[1] <= m[0] || m[1] > raw.length()) {
        continue;
      }
      spaceOwed = append(shown, raw.substring(at, m[0]), spaceOwed, g);
      int before = shown.length();
      spaceOwed = append(shown, raw.substring(m[0], m[1]), spaceOwed, g);
      // A space owed before the mark stands outside it.
      int start = before < shown.length() && shown.charAt(before) == ' ' ? before + 1 : before;
      marks.add(
          new int[] {Math.min(start, shown.length()), shown.length(), m.length > 2 ? m[2] : 0});
      at = m[1];
    }
    append(shown, raw.substring(at), spaceOwed, g);
    return new Runs(shown.toString(), marks);
  }

  /** Appends {@code raw} made safe; returns whether a space is owed before the next stretch. */
  private static boolean append(StringBuilder shown, String raw, boolean spaceOwed, Glyphs g) {
    if (raw.isEmpty()) {
      return spaceOwed;
    }
    String safe = g.text(raw);
    boolean owed = spaceOwed || Character.isWhitespace(raw.charAt(0));
    if (safe.isEmpty()) {
      return owed || Character.isWhitespace(raw.charAt(raw.length() - 1));
    }
    if (owed && shown.length() > 0) {
      shown.append(' ');
    }
    shown.append(safe);
    return Character.isWhitespace(raw.charAt(raw.length() - 1));
  }
}
