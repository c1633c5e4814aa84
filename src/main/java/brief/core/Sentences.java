package brief.core;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentences of a paragraph, as [start, end) spans: a sentence ends at {@code .}, {@code !} or
 * {@code ?} (and any closing quotation marks after it) before a space, except after an abbreviation
 * ({@code U.S.}, {@code Mr.}).
 */
public final class Sentences {
  private Sentences() {}

  public record Span(int start, int end) {}

  public static List<Span> of(String text) {
    List<Span> spans = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '.' || c == '!' || c == '?') {
        int end = i + 1;
        while (end < text.length() && QuotationMarks.isMark(text.charAt(end))) {
          end++;
        }
        if (end < text.length()
            && Character.isWhitespace(text.charAt(end))
            && !(c == '.' && SpeechReports.abbreviation(text, i) && !capitalAfter(text, end))) {
          add(spans, text, start, end);
          start = end;
          i = end;
        }
      }
    }
    add(spans, text, start, text.length());
    return spans;
  }

  /**
   * After {@code U.S.}: a sentence ends only when a capitalised word follows that is not a name.
   */
  private static boolean capitalAfter(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i + 3 < text.length()
        && (text.startsWith("The ", i) || text.startsWith("It ", i) || text.startsWith("This ", i));
  }

  private static void add(List<Span> spans, String text, int start, int end) {
    int s = start;
    while (s < end && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    if (s < end) {
      spans.add(new Span(s, end));
    }
  }
}
