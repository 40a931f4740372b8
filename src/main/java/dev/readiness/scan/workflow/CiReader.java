package dev.readiness.scan.workflow;

import dev.readiness.model.Diagnostic;
import dev.readiness.scan.yaml.YamlLoader;
import java.util.List;
import java.util.function.Consumer;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one CI provider's file format into workflow facts; returns null when the file holds no usable definition. */
interface CiReader {
  WorkflowFacts read(String file, String text, Consumer<Diagnostic> diagnostics);

  /**
   * The file's first YAML document when it is a mapping; null (after a diagnostic: invalid YAML, or
   * "not a {@code what}: expected a mapping at the top") otherwise.
   */
  static Node mappingRoot(String file, String text, String what, Consumer<Diagnostic> diagnostics) {
    List<Node> docs = YamlLoader.load(text, "workflow", file, diagnostics);
    if (docs.isEmpty()) return null;
    Node root = docs.get(0);
    if (!YamlNodes.isMap(root)) {
      diagnostics.accept(Diagnostic.warning("workflow", file, YamlNodes.line(root), "not a " + what + ": expected a mapping at the top"));
      return null;
    }
    return root;
  }
}
