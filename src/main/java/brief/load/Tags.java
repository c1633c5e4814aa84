package brief.load;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Refuses tags other than YAML's core ones. Global tags ({@code !!javax.script...}) are
 * already refused by SnakeYAML's tag inspector; local ({@code !thing}) and exotic
 * ({@code !!binary}, {@code !!set}) tags mean nothing in a briefing and are refused here.
 */
final class Tags {
  private static final Set<Tag> CORE = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.TIMESTAMP,
      Tag.SEQ, Tag.MAP);

  private Tags() {}

  static void report(Node root, Problems problems) {
    walk(root, problems, new IdentityHashMap<>());
  }

  private static void walk(Node node, Problems problems, Map<Node, Boolean> seen) {
    if (seen.put(node, true) != null) {
      return;
    }
    if (!CORE.contains(node.getTag())) {
      problems.at(node, "tag '" + node.getTag().getValue() + "' is not allowed in a briefing");
    }
    if (node instanceof SequenceNode s) {
      s.getValue().forEach(n -> walk(n, problems, seen));
    } else if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        walk(t.getKeyNode(), problems, seen);
        walk(t.getValueNode(), problems, seen);
      }
    }
  }
}
