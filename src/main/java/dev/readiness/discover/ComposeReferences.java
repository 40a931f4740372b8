package dev.readiness.discover;

import dev.readiness.scan.yaml.YamlLoader;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The files a compose file points at (build Dockerfiles, env_file targets, extends and include
 * files), so discovery can classify them by reference. Parse errors are left to the compose scanner.
 */
public final class ComposeReferences {
  /** Referenced repo-relative paths by the kind they give their target. */
  public record Refs(List<String> dockerfiles, List<String> envFiles, List<String> composeFiles) {}

  private ComposeReferences() {}

  public static Refs of(String composePath, String text) {
    List<String> dockerfiles = new ArrayList<>();
    List<String> envFiles = new ArrayList<>();
    List<String> composeFiles = new ArrayList<>();
    String dir = RepoPaths.dir(composePath);
    for (Node doc : YamlLoader.load(text, "discover", composePath, d -> { })) {
      if (!(doc instanceof MappingNode root)) continue;
      Node services = get(root, "services");
      if (services instanceof MappingNode svcs) {
        for (NodeTuple s : svcs.getValue()) {
          if (!(s.getValueNode() instanceof MappingNode svc)) continue;
          Node build = get(svc, "build");
          if (build instanceof ScalarNode ctx) {
            add(dockerfiles, RepoPaths.join(dir, ctx.getValue() + "/Dockerfile"));
          } else if (build instanceof MappingNode b) {
            String ctx = scalar(get(b, "context"), ".");
            String df = scalar(get(b, "dockerfile"), "Dockerfile");
            String ctxPath = RepoPaths.join(dir, ctx);
            if (ctxPath != null) add(dockerfiles, RepoPaths.join(ctxPath, df));
          }
          Node envFile = get(svc, "env_file");
          for (Node e : items(envFile)) {
            Node p = e instanceof MappingNode m ? get(m, "path") : e;
            if (p instanceof ScalarNode sp) add(envFiles, RepoPaths.join(dir, sp.getValue()));
          }
          Node ext = get(svc, "extends");
          if (ext instanceof MappingNode em && get(em, "file") instanceof ScalarNode f) {
            add(composeFiles, RepoPaths.join(dir, f.getValue()));
          }
        }
      }
      for (Node inc : items(get(root, "include"))) {
        Node p = inc instanceof MappingNode m ? get(m, "path") : inc;
        for (Node one : items(p)) {
          if (one instanceof ScalarNode sp) add(composeFiles, RepoPaths.join(dir, sp.getValue()));
        }
        if (inc instanceof MappingNode m) {
          for (Node e : items(get(m, "env_file"))) {
            if (e instanceof ScalarNode sp) add(envFiles, RepoPaths.join(dir, sp.getValue()));
          }
        }
      }
    }
    return new Refs(dockerfiles, envFiles, composeFiles);
  }

  private static void add(List<String> out, String path) {
    if (path != null && !path.contains("$")) out.add(path);
  }

  private static List<Node> items(Node n) {
    if (n instanceof SequenceNode seq) return seq.getValue();
    if (n == null) return List.of();
    return List.of(n);
  }

  private static String scalar(Node n, String fallback) {
    return n instanceof ScalarNode s && !s.getValue().isEmpty() ? s.getValue() : fallback;
  }

  private static Node get(MappingNode m, String key) {
    for (NodeTuple t : m.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) return t.getValueNode();
    }
    return null;
  }
}
