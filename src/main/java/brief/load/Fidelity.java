package brief.load;

import brief.core.Briefing;
import brief.core.Quote;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The fidelity check: every quote occurs verbatim in the source text, and every paragraph
 * number exists. Curly and straight quotes, and runs of white space, are folded first.
 */
final class Fidelity {
  private Fidelity() {}

  static void check(Briefing briefing, List<String> paragraphs, Map<Quote, Node> quoteNodes,
      List<Fields.ParagraphRef> refs, Problems problems) {
    String source = normalize(String.join("\n\n", paragraphs));
    for (Quote quote : briefing.quotes()) {
      if (!quote.text().isBlank() && !source.contains(normalize(quote.text()))) {
        problems.at(quoteNodes.get(quote), "quote not found verbatim in the source text: \""
            + abbreviate(quote.text()) + "\"");
      }
    }
    for (Fields.ParagraphRef ref : refs) {
      if (ref.number() > paragraphs.size()) {
        problems.at(ref.node(), "paragraph " + ref.number() + " does not exist (the source text has "
            + paragraphs.size() + ")");
      }
    }
  }

  static String normalize(String text) {
    StringBuilder b = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u00a0') {
        space = true;
        continue;
      }
      if (space && b.length() > 0) {
        b.append(' ');
      }
      space = false;
      b.append(switch (c) {
        case '‘', '’', '‚', '‛', '′' -> '\'';
        case '“', '”', '„', '‟', '″' -> '"';
        default -> c;
      });
    }
    return b.toString();
  }

  private static String abbreviate(String s) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() > 60 ? one.substring(0, 60) + "…" : one;
  }
}
