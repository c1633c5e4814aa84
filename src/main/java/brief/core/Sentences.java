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
            && !(c == '.' && abbreviation(text, i) && !capitalAfter(text, end))) {
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

  /** The part of {@code text} after its last sentence end. */
  static String tail(String text) {
    for (int i = text.length() - 1; i > 0; i--) {
      char c = text.charAt(i - 1);
      if ((c == '.' || c == '!' || c == '?')
          && Character.isWhitespace(text.charAt(i))
          && !abbreviation(text, i - 1)) {
        return text.substring(i);
      }
    }
    return text;
  }

  /** Whether the full stop at {@code dot} ends an abbreviation ({@code U.S.}, {@code Mr.}). */
  static boolean abbreviation(String text, int dot) {
    int w = dot;
    while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.')) {
      w--;
    }
    String word = text.substring(w, dot);
    return ABBREVIATION.matcher(word).matches() && !CAPITALIZED.matcher(word).matches();
  }

  private static final java.util.regex.Pattern ABBREVIATION =
      java.util.regex.Pattern.compile(
          "(?:\\p{Lu}\\.?)+|Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Prof|Lt|Col|Jr|Sr|No");
  private static final java.util.regex.Pattern CAPITALIZED =
      java.util.regex.Pattern.compile("\\p{Lu}\\p{Ll}{2,}");

  /** Where the sentence that holds char {@code from} ends. */
  static int end(String text, int from) {
    for (int i = Math.max(0, from); i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '.' || c == '!' || c == '?')
          && Character.isWhitespace(text.charAt(i + 1))
          && !abbreviation(text, i)) {
        return i;
      }
    }
    return text.length();
  }
}
