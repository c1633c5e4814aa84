package brief.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The keys of one YAML mapping, checked against the keys its part of the format allows. Unknown
 * keys (with a "did you mean"), duplicate keys and wrong types are reported to {@link Problems};
 * readers return a harmless default after reporting, so that mapping goes on and every error of the
 * file is found in one pass.
 */
final class Fields {
  static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final Problems problems;
  private final Node node;
  private final String what;
  private final Map<String, Node> values = new LinkedHashMap<>();

  private Fields(Problems problems, Node node, String what) {
    this.problems = problems;
    this.node = node;
    this.what = what;
  }

  /** Reads {@code node} as a mapping of {@code what}; null (after reporting) when it is not one. */
  static Fields of(Problems problems, Node node, String what, List<String> known) {
    if (!(node instanceof MappingNode mapping)) {
      problems.at(node, "expected " + what + " (a mapping of keys), found " + describe(node));
      return null;
    }
    Fields fields = new Fields(problems, node, what);
    Map<String, Node> firstKeys = new HashMap<>();
    for (NodeTuple tuple : mapping.getValue()) {
      Node keyNode = tuple.getKeyNode();
      if (!(keyNode instanceof ScalarNode scalarKey)) {
        problems.at(keyNode, "expected a plain key in " + what + ", found " + describe(keyNode));
        continue;
      }
      String key = scalarKey.getValue();
      Node first = firstKeys.putIfAbsent(key, keyNode);
      if (first != null) {
        problems.at(
            keyNode,
            "duplicate key '"
                + key
                + "' in "
                + what
                + " (first at line "
                + (first.getStartMark().getLine() + 1)
                + ")");
        continue;
      }
      if (key.startsWith("x-")) {
        continue;
      }
      if (key.equals("<<")) {
        problems.at(keyNode, "merge keys (<<) are not supported in a briefing: write the keys out");
        continue;
      }
      if (!known.contains(key)) {
        problems.at(keyNode, "unknown key '" + key + "' in " + what + hint(key, known));
        continue;
      }
      fields.values.put(key, tuple.getValueNode());
    }
    return fields;
  }

  Node node() {
    return node;
  }

  Node get(String key) {
    return values.get(key);
  }

  boolean has(String key) {
    return values.containsKey(key);
  }

  /** A required, non-empty, one-line-or-more string. */
  String text(String key) {
    Node value = values.get(key);
    if (value == null) {
      problems.at(node, "missing required key '" + key + "' in " + what);
      return "";
    }
    String text = scalarText(value, key);
    if (text.isBlank() && value instanceof ScalarNode) {
      problems.at(value, "'" + key + "' must not be empty");
    }
    return text;
  }

  String optionalText(String key) {
    Node value = values.get(key);
    return value == null ? "" : scalarText(value, key);
  }

  /** A kebab-case id; {@code required} ids report their absence. */
  String id(String key, boolean required) {
    String id = required ? text(key) : optionalText(key);
    if (!id.isEmpty() && !KEBAB.matcher(id).matches()) {
      problems.at(
          values.get(key),
          "'" + key + "' must be kebab-case (like 'energy-security'), found '" + id + "'");
    }
    return id;
  }

  /** One of {@code allowed}, or {@code fallback} when the key is absent. */
  String word(String key, Set<String> allowed, String fallback) {
    Node value = values.get(key);
    if (value == null) {
      return fallback;
    }
    String word = scalarText(value, key);
    if (!allowed.contains(word)) {
      problems.at(
          value,
          "'"
              + key
              + "' must be one of "
              + String.join(", ", sortedCopy(allowed))
              + ", found '"
              + word
              + "'");
      return fallback;
    }
    return word;
  }

  boolean bool(String key) {
    Node value = values.get(key);
    if (value == null) {
      return false;
    }
    String word = scalarText(value, key);
    if (word.equals("true")) {
      return true;
    }
    if (!word.equals("false")) {
      problems.at(value, "'" + key + "' must be true or false, found '" + word + "'");
    }
    return false;
  }

  /** A list of strings; a single scalar is not accepted (it is almost always a mistake). */
  List<String> texts(String key) {
    List<String> out = new ArrayList<>();
    for (Node item : items(key)) {
      String text = scalarText(item, key);
      if (text.isBlank()) {
        problems.at(item, "items of '" + key + "' must not be empty");
      } else {
        out.add(text);
      }
    }
    return out;
  }

  /** The items of a list; empty (after reporting) when the value is not a list. */
  List<Node> items(String key) {
    Node value = values.get(key);
    if (value == null) {
      return List.of();
    }
    if (value instanceof SequenceNode sequence) {
      return sequence.getValue();
    }
    if (isNull(value)) {
      return List.of();
    }
    problems.at(value, "'" + key + "' must be a list, found " + describe(value));
    return List.of();
  }

  /** The items of a required list that must hold at least one item. */
  List<Node> nonEmptyItems(String key) {
    if (!values.containsKey(key)) {
      problems.at(node, "missing required key '" + key + "' in " + what);
      return List.of();
    }
    List<Node> items = items(key);
    Node value = values.get(key);
    if (items.isEmpty() && (value instanceof SequenceNode || isNull(value))) {
      problems.at(value, "'" + key + "' needs at least one item");
    }
    return items;
  }

  /** Paragraph numbers: one positive whole number or a list of them. */
  List<ParagraphRef> paragraphs(String key) {
    Node value = values.get(key);
    if (value == null) {
      return List.of();
    }
    List<Node> nodes = value instanceof SequenceNode s ? s.getValue() : List.of(value);
    List<ParagraphRef> out = new ArrayList<>();
    for (Node item : nodes) {
      String text = item instanceof ScalarNode sc ? sc.getValue() : "";
      if (item instanceof ScalarNode && text.matches("[0-9]{1,6}") && Integer.parseInt(text) > 0) {
        out.add(new ParagraphRef(Integer.parseInt(text), item));
      } else {
        problems.at(
            item,
            "'"
                + key
                + "' must be a paragraph number (1, 2, …) or a list of them, found "
                + (item instanceof ScalarNode ? "'" + text + "'" : describe(item)));
      }
    }
    return out;
  }

  /** A paragraph number and the node it was written at, for fidelity errors. */
  record ParagraphRef(int number, Node node) {}

  /**
   * The scalar's text exactly as written, whatever type the YAML resolver guessed: {@code NO} stays
   * "NO", {@code 1.10} stays "1.10"; a block scalar without its final line break.
   */
  String scalarText(Node value, String key) {
    if (value instanceof ScalarNode scalar) {
      String text = scalar.getValue();
      // A block scalar (> or |) ends with YAML's own line break, which is not part of the text.
      boolean block =
          scalar.getScalarStyle() == DumperOptions.ScalarStyle.FOLDED
              || scalar.getScalarStyle() == DumperOptions.ScalarStyle.LITERAL;
      return block ? text.replaceAll("[\\r\\n]+$", "") : text;
    }
    problems.at(value, "'" + key + "' must be text, found " + describe(value));
    return "";
  }

  /** A key written with no value at all ({@code quotes:}). */
  static boolean isNull(Node value) {
    return value instanceof ScalarNode s
        && s.getScalarStyle() == DumperOptions.ScalarStyle.PLAIN
        && s.getValue().isEmpty();
  }

  static String describe(Node node) {
    if (node == null) {
      return "nothing";
    }
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof SequenceNode) {
      return "a list";
    }
    ScalarNode s = (ScalarNode) node;
    return s.getValue().isEmpty() ? "an empty value" : "'" + abbreviate(s.getValue()) + "'";
  }

  private static String abbreviate(String s) {
    return s.length() > 40 ? s.substring(0, 40) + "…" : s;
  }

  private static List<String> sortedCopy(Set<String> words) {
    return words.stream().sorted().toList();
  }

  /** "; did you mean 'x'?" when a known key is near, else the list of known keys. */
  static String hint(String key, List<String> known) {
    return brief.core.Similarity.nearest(key.toLowerCase(java.util.Locale.ROOT), known)
        .map(best -> "; did you mean '" + best + "'?")
        .orElse(" (known keys: " + String.join(", ", known) + ")");
  }
}
