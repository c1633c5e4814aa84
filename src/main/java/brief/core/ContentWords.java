package brief.core;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a text that carry its content, for telling which sentence a statement restates:
 * folded (case, accents), without function words and words of fewer than three letters, a final
 * possessive or plural {@code s} taken off ({@code ties} and {@code tie} are one word).
 */
public final class ContentWords {
  private ContentWords() {}

  /** Function words, and the words a briefing uses to say whose claim a sentence is. */
  private static final Set<String> FUNCTION =
      Set.copyOf(
          java.util.List.of(
              "the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "had", "her",
              "was", "one", "our", "out", "has", "have", "his", "how", "its", "may", "who", "why",
              "with", "this", "that", "these", "those", "they", "them", "their", "there", "then",
              "than", "from", "into", "onto", "upon", "over", "also", "only", "very", "such",
              "been", "being", "were", "will", "would", "could", "should", "might", "must", "shall",
              "what", "when", "where", "which", "while", "whose", "whom", "about", "after",
              "before", "both", "each", "more", "most", "other", "some", "own", "same", "just",
              "does", "did", "doing", "said", "says", "say", "author", "article", "argue", "argues",
              "argued", "reads", "sees", "call", "calls", "called", "own", "per", "through",
              "between", "because", "so", "if", "it", "is", "in", "on", "of", "to", "as", "at",
              "by", "an", "or", "be", "we", "he", "she", "us", "him", "my", "me", "i", "a"));

  public static Set<String> of(String text) {
    Set<String> words = new LinkedHashSet<>();
    String folded = Fold.fold(text).toLowerCase(Locale.ROOT);
    for (String w : folded.split("[^\\p{L}\\p{N}]+")) {
      if (w.length() < 3 || FUNCTION.contains(w)) {
        continue;
      }
      words.add(stem(w));
    }
    return words;
  }

  private static String stem(String w) {
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  /**
   * Whether {@code phrase} stands in {@code text} as whole words, case and accents folded and any
   * run of punctuation or space read as one space ({@code U.S.} in {@code the U.S. and}).
   */
  public static boolean hasPhrase(String text, String phrase) {
    String p = words(phrase);
    return !p.isBlank() && (" " + words(text) + " ").contains(" " + p.strip() + " ");
  }

  /** The folded words of {@code s}, one space between each. */
  static String words(String s) {
    return Fold.fold(s).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** How many of {@code words} are in {@code in}. */
  public static int shared(Set<String> words, Set<String> in) {
    int n = 0;
    for (String w : words) {
      if (in.contains(w)) {
        n++;
      }
    }
    return n;
  }
}
