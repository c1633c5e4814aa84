package brief.load;

import java.util.Set;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Refuses tags other than YAML's core ones. Global tags ({@code !!javax.script...}) are already
 * refused by SnakeYAML's tag inspector; local ({@code !thing}) and exotic ({@code !!binary}, {@code
 * !!set}) tags mean nothing in a briefing and are refused here.
 */
final class Tags {
  private static final Set<Tag> CORE =
      Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP, Tag.SEQ, Tag.MAP);

  private Tags() {}

  static void report(Node root, Problems problems) {
    Nodes.each(
        root,
        node -> {
          if (!CORE.contains(node.getTag())) {
            problems.at(
                node, "tag '" + node.getTag().getValue() + "' is not allowed in a briefing");
          }
        });
  }
}
