package brief.draft;

import brief.core.Fold;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The theme lexicon ({@code themes.txt}, an editable resource): each theme's keywords, matched as
 * whole words, case- and accent-insensitively, a trailing {@code *} matching any ending.
 */
final class Lexicon {
  record Theme(String id, String label, List<String> keywords) {}

  /** A theme is suggested when the article mentions it this often. */
  private static final int MIN_MENTIONS = 2;

  private static final int MAX_THEMES = 6;

  private final List<Theme> themes = new ArrayList<>();

  private Lexicon(String text) {
    for (String line : text.split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\\|", 3);
      if (parts.length == 3) {
        List<String> keywords = new ArrayList<>();
        for (String k : parts[2].split(",")) {
          if (!k.isBlank()) {
            keywords.add(Fold.fold(k.strip()));
          }
        }
        themes.add(new Theme(parts[0].strip(), parts[1].strip(), keywords));
      }
    }
  }

  static Lexicon bundled() {
    try (InputStream in = Lexicon.class.getResourceAsStream("themes.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource themes.txt");
      }
      return new Lexicon(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The themes an article suggests, the most mentioned first. */
  List<Theme> suggest(List<String> paragraphs) {
    Map<Theme, Integer> counts = new LinkedHashMap<>();
    for (String p : paragraphs) {
      String words = words(p);
      for (Theme t : themes) {
        int n = 0;
        for (String k : t.keywords()) {
          n += count(words, k);
        }
        counts.merge(t, n, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .filter(e -> e.getValue() >= MIN_MENTIONS)
        .sorted(Map.Entry.<Theme, Integer>comparingByValue().reversed())
        .limit(MAX_THEMES)
        .map(Map.Entry::getKey)
        .sorted(Comparator.comparingInt(themes::indexOf))
        .toList();
  }

  /** The ids of those themes that this text mentions. */
  static List<String> mentioned(String text, List<Theme> among) {
    String words = words(text);
    return among.stream()
        .filter(t -> t.keywords().stream().anyMatch(k -> count(words, k) > 0))
        .map(Theme::id)
        .toList();
  }

  /** The text folded to words, each between spaces: " energy security is ". */
  private static String words(String text) {
    String folded = Fold.fold(text);
    StringBuilder b = new StringBuilder(folded.length() + 2).append(' ');
    boolean space = true;
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        b.append(c);
        space = false;
      } else if (!space) {
        b.append(' ');
        space = true;
      }
    }
    return b.append(space ? "" : " ").toString();
  }

  private static int count(String words, String keyword) {
    boolean prefix = keyword.endsWith("*");
    String needle = " " + (prefix ? keyword.substring(0, keyword.length() - 1) : keyword + " ");
    int n = 0;
    for (int i = words.indexOf(needle); i >= 0; i = words.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }
}
