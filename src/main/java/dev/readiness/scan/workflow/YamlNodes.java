package dev.readiness.scan.workflow;

import dev.readiness.scan.yaml.YamlLoader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/** Null-tolerant reading of SnakeYAML node trees (which keep line numbers); wrong shapes read as absent. */
public final class YamlNodes {
  private YamlNodes() {}

  /** The value node under {@code key} in a mapping, or null. */
  public static Node get(Node map, String key) {
    if (!(map instanceof MappingNode)) return null;
    for (NodeTuple t : ((MappingNode) map).getValue()) {
      if (t.getKeyNode() instanceof ScalarNode && ((ScalarNode) t.getKeyNode()).getValue().equals(key)) return t.getValueNode();
    }
    return null;
  }

  /** The key node for {@code key} (for its line), or null. */
  public static Node keyNode(Node map, String key) {
    if (!(map instanceof MappingNode)) return null;
    for (NodeTuple t : ((MappingNode) map).getValue()) {
      if (t.getKeyNode() instanceof ScalarNode && ((ScalarNode) t.getKeyNode()).getValue().equals(key)) return t.getKeyNode();
    }
    return null;
  }

  /** Entries of a mapping with scalar keys, in order. */
  public static Map<String, Node> entries(Node map) {
    Map<String, Node> out = new LinkedHashMap<>();
    if (map instanceof MappingNode) {
      for (NodeTuple t : ((MappingNode) map).getValue()) {
        if (t.getKeyNode() instanceof ScalarNode) out.put(((ScalarNode) t.getKeyNode()).getValue(), t.getValueNode());
      }
    }
    return out;
  }

  /** Mapping entries as (key node, value node) pairs, for key lines. */
  public static List<NodeTuple> tuples(Node map) {
    return map instanceof MappingNode ? ((MappingNode) map).getValue() : List.of();
  }

  /** A scalar's text, or null for non-scalars and YAML null. */
  public static String text(Node n) {
    if (!(n instanceof ScalarNode)) return null;
    ScalarNode s = (ScalarNode) n;
    if (s.getTag().getValue().endsWith(":null")) return null;
    return s.getValue();
  }

  public static String text(Node map, String key) {
    return text(get(map, key));
  }

  /** A scalar or a sequence of scalars as a list of strings. */
  public static List<String> strings(Node n) {
    List<String> out = new ArrayList<>();
    if (n instanceof ScalarNode) {
      String t = text(n);
      if (t != null) out.add(t);
    } else if (n instanceof SequenceNode) {
      for (Node e : ((SequenceNode) n).getValue()) {
        String t = text(e);
        if (t != null) out.add(t);
      }
    }
    return out;
  }

  /** Items of a sequence (empty for anything else). */
  public static List<Node> items(Node n) {
    return n instanceof SequenceNode ? ((SequenceNode) n).getValue() : List.of();
  }

  public static boolean isMap(Node n) { return n instanceof MappingNode; }

  public static int line(Node n) { return YamlLoader.line(n); }

  /**
   * Line of the first content line of a scalar: block scalars ({@code |}, {@code >}) start on the line after the indicator.
   */
  public static int contentLine(Node n) {
    if (n instanceof ScalarNode) {
      ScalarNode s = (ScalarNode) n;
      if (s.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.LITERAL
          || s.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.FOLDED) return line(n) + 1;
    }
    return line(n);
  }
}
