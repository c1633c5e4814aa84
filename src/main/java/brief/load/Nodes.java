package brief.load;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Walks a composed YAML tree: the one place that knows how a node holds others. */
final class Nodes {
  private Nodes() {}

  /** The keys and values of a mapping, the items of a sequence; none for a scalar. */
  static List<Node> children(Node node) {
    List<Node> children = new ArrayList<>();
    if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        children.add(t.getKeyNode());
        children.add(t.getValueNode());
      }
    } else if (node instanceof SequenceNode s) {
      children.addAll(s.getValue());
    }
    return children;
  }

  /** Visits every node once, even one that aliases make appear in several places. */
  static void each(Node root, Consumer<Node> visit) {
    each(root, visit, new IdentityHashMap<>());
  }

  private static void each(Node node, Consumer<Node> visit, Map<Node, Boolean> seen) {
    if (seen.put(node, true) != null) {
      return;
    }
    visit.accept(node);
    for (Node child : children(node)) {
      each(child, visit, seen);
    }
  }

  /** The first node that contains itself (through aliases), or null. */
  static Node cycle(Node root) {
    return cycle(root, new IdentityHashMap<>(), new IdentityHashMap<>());
  }

  private static Node cycle(Node node, Map<Node, Boolean> path, Map<Node, Boolean> done) {
    if (done.containsKey(node)) {
      return null;
    }
    if (path.containsKey(node)) {
      return node;
    }
    path.put(node, true);
    for (Node child : children(node)) {
      Node found = cycle(child, path, done);
      if (found != null) {
        return found;
      }
    }
    path.remove(node);
    done.put(node, true);
    return null;
  }
}
