package brief.load;

import brief.core.UnsafeText;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Finds characters that must never reach a terminal raw (C0 controls but tab and newline, DEL, C1
 * controls, bidi controls), for {@code brief validate} to report with their place: those written
 * raw in the file at their own line and column, those written as escapes in a double-quoted string
 * ({@code "\e[2J"}) at the string.
 */
final class UnsafeCharacters {
  private UnsafeCharacters() {}

  static void report(String text, Problems problems) {
    int line = 1;
    int column = 1;
    int reported = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        column = 1;
        continue;
      }
      if (UnsafeText.isUnsafe(c) && c != '\r' && reported++ < 20) {
        problems.at(
            line,
            column,
            String.format(
                "%s character U+%04X is not allowed in a briefing",
                UnsafeText.isBidiControl(c) ? "bidirectional control" : "control", (int) c));
      }
      column++;
    }
  }

  static void reportEscaped(Node root, String text, Problems problems) {
    List<ScalarNode> scalars = new ArrayList<>();
    Nodes.each(
        root,
        node -> {
          if (node instanceof ScalarNode scalar) {
            scalars.add(scalar);
          }
        });
    for (ScalarNode scalar : scalars) {
      if (scalar.getScalarStyle() != DumperOptions.ScalarStyle.DOUBLE_QUOTED) {
        continue;
      }
      String value = scalar.getValue();
      String raw = rawText(scalar, text);
      value
          .chars()
          .filter(c -> UnsafeText.isUnsafe(c) && raw.indexOf(c) < 0)
          .distinct()
          .limit(5)
          .forEach(
              c ->
                  problems.at(
                      scalar,
                      String.format(
                          "%s character U+%04X (written as an escape) is not allowed in a briefing",
                          UnsafeText.isBidiControl(c) ? "bidirectional control" : "control", c)));
      if (UnsafeText.hasLoneSurrogate(value)) {
        problems.at(
            scalar,
            "a lone surrogate (written as an escape) is not a character: not allowed in a briefing");
      }
    }
  }

  private static String rawText(ScalarNode scalar, String text) {
    try {
      int start = text.offsetByCodePoints(0, scalar.getStartMark().getIndex());
      int end = text.offsetByCodePoints(0, scalar.getEndMark().getIndex());
      return text.substring(start, end);
    } catch (IndexOutOfBoundsException e) {
      return "";
    }
  }
}
