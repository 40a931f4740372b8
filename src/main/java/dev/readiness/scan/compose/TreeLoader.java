package dev.readiness.scan.compose;

import dev.readiness.model.Diagnostic;
import dev.readiness.scan.yaml.YamlLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Turns one compose file's YAML into a {@link Tree}: scalars interpolated (values only, as compose
 * does), YAML merge keys ({@code <<: *anchor}) applied, lines kept, unset variables collected.
 */
final class TreeLoader {
  private final Interpolator interpolator;
  private final Consumer<Diagnostic> diagnostics;

  TreeLoader(Interpolator interpolator, Consumer<Diagnostic> diagnostics) {
    this.interpolator = interpolator;
    this.diagnostics = diagnostics;
  }

  /** The file's root mapping, or null (after a diagnostic) when it is not a compose mapping. */
  Tree.Map load(String file, String text, List<UnresolvedVariable> unresolved) {
    List<Node> docs = YamlLoader.load(text, "compose", file, diagnostics);
    if (docs.isEmpty()) return null;
    if (docs.size() > 1) {
      diagnostics.accept(Diagnostic.warning("compose", file, YamlLoader.line(docs.get(1)), "only the first YAML document of a compose file is used"));
    }
    Tree t = convert(docs.get(0), file, unresolved);
    if (!(t instanceof Tree.Map m)) {
      diagnostics.accept(Diagnostic.error("compose", file, YamlLoader.line(docs.get(0)), "not a compose file: the top level is not a mapping"));
      return null;
    }
    return m;
  }

  private Tree convert(Node node, String file, List<UnresolvedVariable> unresolved) {
    int line = YamlLoader.line(node);
    if (node instanceof ScalarNode s) {
      String raw = Tag.NULL.equals(s.getTag()) ? null : s.getValue();
      List<Interpolator.Missing> missing = new ArrayList<>();
      String value = interpolator.apply(raw, missing);
      for (Interpolator.Missing m : missing) {
        unresolved.add(new UnresolvedVariable(m.name(), file, line, m.hasDefault(), m.required()));
      }
      return new Tree.Scalar(value, raw, file, line);
    }
    if (node instanceof SequenceNode seq) {
      List<Tree> items = new ArrayList<>();
      for (Node c : seq.getValue()) items.add(convert(c, file, unresolved));
      return new Tree.Seq(items, file, line);
    }
    MappingNode map = (MappingNode) node;
    Tree.Map out = Tree.Map.empty(file, line);
    List<Tree.Map> merged = new ArrayList<>();
    for (NodeTuple t : map.getValue()) {
      Node k = t.getKeyNode();
      if (!(k instanceof ScalarNode key)) {
        diagnostics.accept(Diagnostic.warning("compose", file, YamlLoader.line(k), "non-scalar mapping key ignored"));
        continue;
      }
      if (key.getValue().equals("<<") && (Tag.MERGE.equals(key.getTag()) || key.isPlain())) {
        for (Node src : t.getValueNode() instanceof SequenceNode s ? s.getValue() : List.of(t.getValueNode())) {
          if (convert(src, file, unresolved) instanceof Tree.Map m) merged.add(m);
        }
        continue;
      }
      out.put(key.getValue(), convert(t.getValueNode(), file, unresolved), YamlLoader.line(k));
    }
    // Merge keys give defaults: keys written explicitly win, earlier merge sources win over later ones.
    for (Tree.Map m : merged) {
      for (var e : m.entries().entrySet()) {
        if (!out.entries().containsKey(e.getKey())) out.put(e.getKey(), Tree.copy(e.getValue()), m.keyLine(e.getKey()));
      }
    }
    return out;
  }
}
