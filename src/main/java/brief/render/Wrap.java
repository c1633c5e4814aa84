package brief.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Word-wrapping and truncation by display width (see {@link DisplayWidth}). A word is broken only
 * when it is wider than the whole line; a combining mark stays with its base character. Linear in
 * the length of the text, so a 1,000,000-character line is cheap.
 */
public final class Wrap {
  private Wrap() {}

  /**
   * Wraps one paragraph (runs of white space count as one space) into lines of at most {@code
   * width}.
   */
  public static List<String> lines(String text, int width) {
    return lines(text, width, true);
  }

  /** As {@link #lines(String, int)}, breaking a word wider than the line only when asked. */
  public static List<String> lines(String text, int width, boolean breakLongWords) {
    String flat = Sanitizer.line(text);
    List<String> lines = new ArrayList<>();
    for (int[] r : ranges(flat, width, breakLongWords)) {
      lines.add(flat.substring(r[0], r[1]));
    }
    return lines;
  }

  /**
   * Where to break {@code text}, a line whose words are separated by single spaces: each line as a
   * [start, end) range of the text, so that callers can carry styles (a search match) across the
   * breaks. There is always at least one range.
   */
  public static List<int[]> ranges(String text, int width) {
    return ranges(text, width, true);
  }

  /**
   * As {@link #ranges(String, int)}; with {@code breakLongWords} false, a word wider than the line
   * stands whole on a line of its own, wider than the rest: printed output never splits a word (an
   * id, a URL) that a script or a person may copy, and a terminal folds it anyway.
   */
  public static List<int[]> ranges(String text, int width, boolean breakLongWords) {
    int w = Math.max(1, width);
    List<int[]> lines = new ArrayList<>();
    int lineStart = -1;
    int lineEnd = 0;
    int lineWidth = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      while (i < n && text.charAt(i) == ' ') {
        i++;
      }
      if (i >= n) {
        break;
      }
      int start = i;
      int wordWidth = 0;
      while (i < n && text.charAt(i) != ' ') {
        int cp = text.codePointAt(i);
        wordWidth += DisplayWidth.of(cp);
        i += Character.charCount(cp);
      }
      int needed = lineStart < 0 ? wordWidth : lineWidth + 1 + wordWidth;
      if (needed <= w) {
        lineStart = lineStart < 0 ? start : lineStart;
        lineEnd = i;
        lineWidth = needed;
        continue;
      }
      if (lineStart >= 0) {
        lines.add(new int[] {lineStart, lineEnd});
        lineStart = -1;
      }
      if (wordWidth <= w || !breakLongWords) {
        lineStart = start;
        lineEnd = i;
        lineWidth = wordWidth;
      } else {
        int[] rest = breakWord(text, start, i, w, lines);
        lineStart = rest[0];
        lineEnd = i;
        lineWidth = rest[1];
      }
    }
    if (lineStart >= 0) {
      lines.add(new int[] {lineStart, lineEnd});
    }
    if (lines.isEmpty()) {
      lines.add(new int[] {0, 0});
    }
    return lines;
  }

  /** Breaks a too-wide word into full lines; returns where the remainder starts and its width. */
  private static int[] breakWord(String text, int start, int end, int width, List<int[]> lines) {
    int lineStart = start;
    int lineWidth = 0;
    for (int i = start; i < end; ) {
      int cp = text.codePointAt(i);
      int cw = DisplayWidth.of(cp);
      if (lineWidth + cw > width && lineWidth > 0) {
        lines.add(new int[] {lineStart, i});
        lineStart = i;
        lineWidth = 0;
      }
      lineWidth += cw;
      i += Character.charCount(cp);
    }
    return new int[] {lineStart, lineWidth};
  }

  /** The text cut to {@code width} columns, ending in an ellipsis when it was cut. */
  public static String truncate(String text, int width, String ellipsis) {
    if (DisplayWidth.of(text) <= width) {
      return text;
    }
    int room = width - DisplayWidth.of(ellipsis);
    if (room < 0) {
      return fit(text, width);
    }
    return fit(text, room) + ellipsis;
  }

  /** The longest prefix of {@code text} that fits in {@code width} columns. */
  public static String fit(String text, int width) {
    int used = 0;
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int cw = DisplayWidth.of(cp);
      if (used + cw > width) {
        break;
      }
      used += cw;
      i += Character.charCount(cp);
    }
    return text.substring(0, i);
  }

  /** {@code text} padded with spaces to {@code width} columns (cut when wider). */
  public static String pad(String text, int width) {
    String fitted = fit(text, width);
    return fitted + " ".repeat(Math.max(0, width - DisplayWidth.of(fitted)));
  }
}
