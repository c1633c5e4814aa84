package brief.draft;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words of attribution of every language {@code brief draft} reads (English, Russian, German,
 * Azerbaijani, Turkish), from the editable resources {@code lexicon/LANG.txt}: speech verbs, titles
 * written before a name, role nouns said again instead of it, families of roles that mean the same
 * person, nouns for bodies already named, group nouns, "according to" leads, pronouns, articles and
 * the common words that tell the language. Every rule of the draft takes its words from here: one
 * list of speech verbs, not one per rule.
 */
final class Phrasebook {
  /** The languages read, in the order their lists are tried. */
  static final List<String> LANGUAGES = List.of("en", "ru", "de", "az", "tr");

  private static final Phrasebook BUNDLED = new Phrasebook();

  private final Map<String, Map<String, List<String>>> lists = new LinkedHashMap<>();
  private final Map<String, String> bodyKinds = new LinkedHashMap<>();
  private final List<Set<String>> families = new ArrayList<>();

  private Phrasebook() {
    for (String language : LANGUAGES) {
      Map<String, List<String>> byKey = new LinkedHashMap<>();
      for (String line : resource("lexicon/" + language + ".txt").split("\n")) {
        int colon = line.indexOf(':');
        if (line.isBlank() || line.startsWith("#") || colon < 0) {
          continue;
        }
        String key = line.substring(0, colon).strip();
        List<String> items = new ArrayList<>();
        for (String item : line.substring(colon + 1).split(",")) {
          if (!item.isBlank()) {
            items.add(item.strip());
          }
        }
        if (key.equals("same")) {
          Set<String> family = new LinkedHashSet<>();
          items.forEach(i -> family.add(i.toLowerCase(Locale.ROOT)));
          families.add(family);
        } else if (key.startsWith("body.")) {
          items.forEach(i -> bodyKinds.put(i.toLowerCase(Locale.ROOT), key.substring(5)));
          byKey.computeIfAbsent("bodies", k -> new ArrayList<>()).addAll(items);
        } else {
          byKey.computeIfAbsent(key, k -> new ArrayList<>()).addAll(items);
        }
      }
      lists.put(language, byKey);
    }
  }

  static Phrasebook get() {
    return BUNDLED;
  }

  /** Every item under {@code key} in every language, the longest first (so regexes match it). */
  List<String> all(String key) {
    Set<String> out = new LinkedHashSet<>();
    for (Map<String, List<String>> byKey : lists.values()) {
      out.addAll(byKey.getOrDefault(key, List.of()));
    }
    List<String> sorted = new ArrayList<>(out);
    sorted.sort(Comparator.comparingInt(String::length).reversed());
    return sorted;
  }

  /** A regex alternation of the items under {@code key}, spaces matching any white space. */
  String alternation(String key) {
    return alternation(all(key));
  }

  /** The same, of the given languages only. */
  String alternation(String key, String... languages) {
    List<String> items = new ArrayList<>();
    for (String language : languages) {
      items.addAll(lists.get(language).getOrDefault(key, List.of()));
    }
    items.sort(Comparator.comparingInt(String::length).reversed());
    return alternation(items);
  }

  /**
   * The items as one regex, factored into a trie ("said|says" as "sa(?:id|ys)"): with hundreds of
   * words, Java's regex engine otherwise tries every word at every position of an article.
   */
  private static String alternation(List<String> items) {
    Node root = new Node();
    for (String item : items) {
      Node n = root;
      for (char c : item.toCharArray()) {
        n = n.next.computeIfAbsent(c, k -> new Node());
      }
      n.end = true;
    }
    String body = root.regex();
    return body.isEmpty() ? "(?!)" : "(?:" + body + ")";
  }

  /** A node of the trie of {@link #alternation(List)}. */
  private static final class Node {
    final Map<Character, Node> next = new java.util.TreeMap<>();
    boolean end;

    String regex() {
      List<String> branches = new ArrayList<>();
      for (Map.Entry<Character, Node> e : next.entrySet()) {
        char c = e.getKey();
        String head = c == ' ' ? "\\s+" : Pattern.quote(String.valueOf(c));
        branches.add(head + e.getValue().regex());
      }
      if (branches.isEmpty()) {
        return "";
      }
      String joined =
          branches.size() == 1 ? branches.get(0) : "(?:" + String.join("|", branches) + ")";
      // The longest match first, as the alternation of whole words would: the rest is optional.
      return end ? "(?:" + joined + ")?" : joined;
    }
  }

  /**
   * Whether a role or body noun may stand without an article, as in the languages that have none
   * ("министр", "nazir", "bakan").
   */
  boolean isBare(String noun) {
    String lower = noun.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    for (Map.Entry<String, Map<String, List<String>>> e : lists.entrySet()) {
      Map<String, List<String>> byKey = e.getValue();
      if (byKey.getOrDefault("articles", List.of()).isEmpty()
          && (contains(byKey.get("roles"), lower) || contains(byKey.get("bodies"), lower))) {
        return true;
      }
    }
    return false;
  }

  private static boolean contains(List<String> items, String lower) {
    return items != null && items.stream().anyMatch(i -> i.toLowerCase(Locale.ROOT).equals(lower));
  }

  /** The kind of body a noun means ("ministry", "media", …), or null for no body noun. */
  String bodyKind(String noun) {
    return bodyKinds.get(noun.toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
  }

  /**
   * Whether a role noun said again ("the MP", "the diplomat") can mean a person with this title:
   * one contains the other as whole words, or both belong to one family of the lexicon.
   */
  boolean fits(String roleNoun, String title) {
    String role = roleNoun.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    String t = " " + title.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
    if (role.isEmpty() || t.isBlank()) {
      return false;
    }
    if (hasWords(t, role) || inOrder(t, role)) {
      return true;
    }
    for (Set<String> family : families) {
      if (family.contains(role) || family.contains(roleNoun.toLowerCase(Locale.ROOT))) {
        for (String member : family) {
          if (hasWords(t, member.replaceAll("[^\\p{L}\\p{N}]+", " ").strip())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Whether every word of the role stands in the title, in order ("deputy minister"). */
  private static boolean inOrder(String title, String role) {
    int at = 0;
    for (String word : role.split(" ")) {
      int found = title.indexOf(" " + word, at);
      if (found < 0) {
        return false;
      }
      at = found + word.length() + 1;
    }
    return role.contains(" ");
  }

  /**
   * Whether the title (between spaces) has these words, the last one perhaps with an ending
   * ("deputatı" has "deputat"), or ends with them as a compound does ("Außenministerin").
   */
  private static boolean hasWords(String title, String words) {
    if (title.contains(" " + words + " ") || title.strip().endsWith(words)) {
      return true;
    }
    int at = title.indexOf(" " + words);
    while (at >= 0) {
      int end = title.indexOf(' ', at + 1 + words.length());
      if (end >= 0 && end - (at + 1 + words.length()) <= 2) {
        return true;
      }
      at = title.indexOf(" " + words, at + 1);
    }
    return false;
  }

  /** The language (a code of {@link #LANGUAGES}) whose common words the text uses most. */
  String language(List<String> paragraphs) {
    Map<String, Integer> score = new LinkedHashMap<>();
    Map<String, Set<String>> markers = new LinkedHashMap<>();
    lists.forEach(
        (language, byKey) ->
            markers.put(language, Set.copyOf(byKey.getOrDefault("markers", List.of()))));
    for (String p : paragraphs) {
      for (String word : p.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        markers.forEach(
            (language, words) -> {
              if (words.contains(word)) {
                score.merge(language, 1, Integer::sum);
              }
            });
      }
    }
    return score.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse("en");
  }

  private static String resource(String name) {
    try (InputStream in = Phrasebook.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
