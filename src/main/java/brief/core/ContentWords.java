package brief.core;

import java.util.LinkedHashSet;
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

  /**
   * The content words of {@code text}; kept for the last texts asked that are a sentence or more:
   * each statement is compared with every sentence of the paragraphs it cites.
   */
  public static Set<String> of(String text) {
    return OF.of(text);
  }

  private static final TextMemo<Set<String>> OF =
      new TextMemo<>(40, 2048) {
        @Override
        Set<String> make(String text) {
          return java.util.Collections.unmodifiableSet(compute(text));
        }
      };

  private static Set<String> compute(String text) {
    Set<String> words = new LinkedHashSet<>();
    for (String w : words(text).split(" ")) {
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
    return !p.isEmpty() && spaced(text).contains(" " + p + " ");
  }

  /**
   * The folded words of each text, spaced, one text a line: {@link #inAny} then looks for a phrase
   * in all of them at once, never across two.
   */
  public static String spacedEach(Iterable<String> texts) {
    StringBuilder b = new StringBuilder();
    for (String t : texts) {
      b.append(' ').append(words(t)).append(" \n");
    }
    return b.toString();
  }

  /** Whether {@code phrase} is a phrase of one of the texts {@code spacedEach} was made of. */
  public static boolean inAny(String spacedEach, String phrase) {
    String p = words(phrase);
    return !p.isEmpty() && spacedEach.contains(" " + p + " ");
  }

  /** The folded words of {@code s}, one space between each. */
  static String words(String s) {
    String folded = Fold.fold(s);
    StringBuilder b = new StringBuilder(folded.length());
    boolean gap = false;
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      i += Character.charCount(cp);
      if (wordChar(cp)) {
        if (gap && b.length() > 0) {
          b.append(' ');
        }
        gap = false;
        b.appendCodePoint(cp);
      } else {
        gap = true;
      }
    }
    return b.toString();
  }

  private static boolean wordChar(int cp) {
    if (cp < 0x80) {
      return cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9' || cp >= 'A' && cp <= 'Z';
    }
    int type = Character.getType(cp);
    return Character.isLetter(cp)
        || type == Character.DECIMAL_DIGIT_NUMBER
        || type == Character.LETTER_NUMBER
        || type == Character.OTHER_NUMBER;
  }

  /**
   * {@code " " + words(text) + " "}, kept for the last long texts asked: validation asks of one
   * paragraph for every name, number and phrase of every statement that cites it.
   */
  private static String spaced(String text) {
    return SPACED.of(text);
  }

  private static final TextMemo<String> SPACED =
      new TextMemo<>(200, 512) {
        @Override
        String make(String text) {
          return " " + words(text) + " ";
        }
      };

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
