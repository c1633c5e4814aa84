package brief.core;

import java.util.ArrayList;
import java.util.List;

/**
 * A search query: words that must all occur, and quoted phrases that must occur as written; both
 * folded (see {@link Fold}), matched with the spelling equivalences of {@link Spelling}.
 */
public record Query(String raw, List<String> terms) {
  /** Spans by start, the longest first where two start together. Not a lambda: start-up path. */
  private static final java.util.Comparator<int[]> BY_START_LONGEST_FIRST =
      new java.util.Comparator<>() {
        @Override
        public int compare(int[] a, int[] b) {
          return a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(b[1], a[1]);
        }
      };

  public static final Query NONE = new Query("", List.of());

  public Query {
    terms = List.copyOf(terms);
  }

  public static Query parse(String raw) {
    List<String> terms = new ArrayList<>();
    String folded = Spelling.fold(raw);
    int i = 0;
    while (i < folded.length()) {
      char c = folded.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '"') {
        int end = folded.indexOf('"', i + 1);
        String phrase = (end < 0 ? folded.substring(i + 1) : folded.substring(i + 1, end));
        String normalized = phrase.trim().replaceAll("\\s+", " ");
        if (!normalized.isEmpty()) {
          terms.add(normalized);
        }
        i = end < 0 ? folded.length() : end + 1;
      } else {
        int end = i;
        while (end < folded.length()
            && !Character.isWhitespace(folded.charAt(end))
            && folded.charAt(end) != '"') {
          end++;
        }
        terms.add(folded.substring(i, end));
        i = end;
      }
    }
    return new Query(raw, terms);
  }

  /** A query for {@code text} as one phrase. */
  public static Query phrase(String text) {
    String folded = Spelling.fold(text).trim().replaceAll("\\s+", " ");
    return new Query(text, folded.isEmpty() ? List.of() : List.of(folded));
  }

  /**
   * Whether every term matches whole words of {@code text}: a query that names a person ("aliyev"),
   * not one that happens to occur inside a name ("li").
   */
  public boolean matchesWords(String text) {
    if (terms.isEmpty()) {
      return false;
    }
    Fold.Mapped mapped = Spelling.map(text);
    for (String term : terms) {
      boolean found = false;
      int from = 0;
      int[] at;
      while (!found && (at = Spelling.find(mapped.text(), term, from)) != null) {
        int start = mapped.origin()[at[0]];
        int end = at[1] < mapped.text().length() ? mapped.origin()[at[1]] : text.length();
        found =
            (start == 0 || !Character.isLetterOrDigit(text.codePointBefore(start)))
                && (end >= text.length() || !Character.isLetterOrDigit(text.codePointAt(end)));
        from = at[0] + 1;
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  public boolean isEmpty() {
    return terms.isEmpty();
  }

  /** True when every term occurs in one of the texts (folded). */
  public boolean matchesAny(List<String> texts) {
    if (terms.isEmpty()) {
      return false;
    }
    for (String term : terms) {
      boolean found = false;
      for (int i = 0; i < texts.size() && !found; i++) {
        found = Spelling.contains(texts.get(i), term);
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /** True when every term occurs in {@code folded}, a text folded by {@link #fold}. */
  public boolean matchesFolded(String folded) {
    if (terms.isEmpty()) {
      return false;
    }
    for (String term : terms) {
      if (!Spelling.containsFolded(folded, term)) {
        return false;
      }
    }
    return true;
  }

  /** A text folded for {@link #matchesFolded}: kept by whoever searches the same text often. */
  public static String fold(String text) {
    return Spelling.fold(text);
  }

  /** Where the terms occur in {@code text}, as [start, end) char ranges of the original. */
  public List<int[]> spans(String text) {
    List<int[]> spans = new ArrayList<>();
    if (terms.isEmpty()) {
      return spans;
    }
    Fold.Mapped mapped = Spelling.map(text);
    for (String term : terms) {
      int from = 0;
      while (true) {
        int[] at = Spelling.find(mapped.text(), term, from);
        if (at == null) {
          break;
        }
        int start = mapped.origin()[at[0]];
        int lastOrigin = mapped.origin()[at[1] - 1];
        int end = lastOrigin + Character.charCount(text.codePointAt(lastOrigin));
        // A decomposed letter ends after its combining marks.
        while (end < text.length()
            && Character.getType(text.codePointAt(end)) == Character.NON_SPACING_MARK) {
          end += Character.charCount(text.codePointAt(end));
        }
        spans.add(new int[] {start, end});
        from = at[1];
      }
    }
    spans.sort(BY_START_LONGEST_FIRST);
    List<int[]> merged = new ArrayList<>();
    for (int[] s : spans) {
      if (!merged.isEmpty() && s[0] <= merged.get(merged.size() - 1)[1]) {
        int[] last = merged.get(merged.size() - 1);
        last[1] = Math.max(last[1], s[1]);
      } else {
        merged.add(s);
      }
    }
    return merged;
  }
}
