package dev.readiness.fix.engine;

import dev.readiness.scan.yaml.YamlLoader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The remediation catalog ({@code remediations/catalog.yml}): check ID → remediation, summary and
 * ordering constraints, in execution order. Validated on load: every key exists in the registry and
 * every {@code after} names an entry that comes earlier.
 */
public final class Catalog {
  /** One catalog entry. */
  public record Entry(String check, String remediation, List<String> after, String summary) {}

  private final Map<String, Entry> entries;

  private Catalog(Map<String, Entry> entries) {
    this.entries = entries;
  }

  /** Loads the built-in catalog from the classpath. */
  public static Catalog builtin(RemediationRegistry registry) {
    try (InputStream in = Catalog.class.getClassLoader().getResourceAsStream("remediations/catalog.yml")) {
      if (in == null) throw new IllegalStateException("remediations/catalog.yml is missing from the classpath");
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), registry);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Catalog parse(String text, RemediationRegistry registry) {
    List<String> problems = new ArrayList<>();
    List<Node> docs = YamlLoader.load(text, "fix", "remediations/catalog.yml", d -> problems.add(d.message()));
    if (!problems.isEmpty() || docs.isEmpty()) throw new IllegalStateException("invalid remediation catalog: " + problems);
    Node list = value((MappingNode) docs.get(0), "remediations");
    Map<String, Entry> out = new LinkedHashMap<>();
    Set<String> seen = new HashSet<>();
    for (Node item : ((SequenceNode) list).getValue()) {
      MappingNode m = (MappingNode) item;
      String check = scalar(value(m, "check"));
      String key = scalar(value(m, "remediation"));
      List<String> after = new ArrayList<>();
      Node a = value(m, "after");
      if (a instanceof SequenceNode) for (Node n : ((SequenceNode) a).getValue()) after.add(scalar(n));
      if (registry.get(key).isEmpty()) throw new IllegalStateException("catalog: unknown remediation " + key + " for " + check);
      for (String dep : after) {
        if (!seen.contains(dep)) throw new IllegalStateException("catalog: " + check + " must come after " + dep);
      }
      seen.add(check);
      out.put(check, new Entry(check, key, List.copyOf(after), scalar(value(m, "summary"))));
    }
    return new Catalog(out);
  }

  public Optional<Entry> get(String checkId) {
    return Optional.ofNullable(entries.get(checkId));
  }

  /** Entries in execution order. */
  public List<Entry> entries() {
    return List.copyOf(entries.values());
  }

  private static Node value(MappingNode m, String key) {
    for (NodeTuple t : m.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode && key.equals(((ScalarNode) t.getKeyNode()).getValue())) return t.getValueNode();
    }
    return null;
  }

  private static String scalar(Node n) {
    return n instanceof ScalarNode ? ((ScalarNode) n).getValue() : null;
  }
}
