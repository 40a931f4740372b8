package dev.readiness.scan.yaml;

import dev.readiness.model.Diagnostic;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Parses YAML into SnakeYAML node trees (which keep line numbers) with limits against hostile input:
 * few aliases (billion laughs), bounded nesting and size, duplicate keys rejected. A failure becomes a
 * diagnostic with the file and line, never an exception.
 */
public final class YamlLoader {
  /** Aliases allowed per document before it counts as a YAML bomb. */
  public static final int MAX_ALIASES = 100;
  /** Deepest nesting accepted. */
  public static final int MAX_DEPTH = 100;
  /** Largest document accepted, in code points. */
  public static final int MAX_CODE_POINTS = 8 * 1024 * 1024;
  /** Most nodes a document may have once aliases are expanded (a few aliases can still multiply to billions). */
  public static final int MAX_EXPANDED_NODES = 200_000;

  private YamlLoader() {}

  private static LoaderOptions options() {
    LoaderOptions o = new LoaderOptions();
    o.setMaxAliasesForCollections(MAX_ALIASES);
    o.setNestingDepthLimit(MAX_DEPTH);
    o.setCodePointLimit(MAX_CODE_POINTS);
    o.setAllowDuplicateKeys(false);
    o.setAllowRecursiveKeys(false);
    return o;
  }

  /**
   * Parses every document in the text.
   *
   * @param source diagnostic source name (compose, workflow, ...)
   * @param file repo-relative path for diagnostics
   * @return the documents' root nodes (empty documents are skipped); empty on a parse error
   */
  public static List<Node> load(String text, String source, String file, Consumer<Diagnostic> diagnostics) {
    List<Node> out = new ArrayList<>();
    try {
      for (Node n : new Yaml(options()).composeAll(new StringReader(text))) {
        if (n == null) continue;
        // Only aliases can make a document bigger than its text (which the code-point limit bounds): a large
        // file without any is just large, and is read.
        if (expandedSize(n, MAX_EXPANDED_NODES) > MAX_EXPANDED_NODES && hasAliases(n)) {
          diagnostics.accept(Diagnostic.error(source, file, line(n),
              "invalid YAML: more than " + MAX_EXPANDED_NODES + " nodes once aliases are expanded (YAML alias bomb?)"));
          return List.of();
        }
        Node dup = firstDuplicateKey(n, java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>()));
        if (dup != null) {
          // compose() does not apply setAllowDuplicateKeys (only construction does), so check here.
          diagnostics.accept(Diagnostic.error(source, file, line(dup),
              "invalid YAML: duplicate key '" + oneLine(((org.yaml.snakeyaml.nodes.ScalarNode) dup).getValue()) + "'"));
          return List.of();
        }
        out.add(n);
      }
      return out;
    } catch (MarkedYAMLException e) {
      Mark m = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
      Integer line = m == null ? null : m.getLine() + 1;
      diagnostics.accept(Diagnostic.error(source, file, line, "invalid YAML: " + oneLine(e.getProblem() != null ? e.getProblem() : e.getMessage())));
    } catch (YAMLException e) {
      // The composer's nesting limit is the one error without a position: find where the depth is passed.
      Integer line = e.getMessage() != null && e.getMessage().startsWith("Nesting Depth exceeded") ? lineDeeperThan(text, MAX_DEPTH) : null;
      diagnostics.accept(Diagnostic.error(source, file, line, "invalid YAML: " + oneLine(e.getMessage())));
    } catch (IllegalArgumentException e) {
      // SnakeYAML rejects some malformed tags (e.g. "!%1") with a plain IllegalArgumentException (found by fuzzing).
      diagnostics.accept(Diagnostic.error(source, file, null, "invalid YAML: " + oneLine(e.getMessage())));
    } catch (StackOverflowError e) {
      diagnostics.accept(Diagnostic.error(source, file, null, "invalid YAML: nesting too deep"));
    }
    return List.of();
  }

  /** The 1-based line where collections first nest deeper than {@code limit}, from the parser's events (linear, no tree built). */
  private static Integer lineDeeperThan(String text, int limit) {
    int depth = 0;
    try {
      for (Event e : new Yaml(options()).parse(new StringReader(text))) {
        if (e instanceof CollectionStartEvent && ++depth > limit) return e.getStartMark().getLine() + 1;
        if (e instanceof CollectionEndEvent) depth--;
      }
    } catch (YAMLException ignored) {
      // a later syntax error: the depth was not passed before it
    }
    return null;
  }

  /** Counts nodes as a consumer that follows aliases sees them, stopping once over {@code limit}. */
  static int expandedSize(Node node, int limit) {
    int[] count = {0};
    count(node, limit, count, 0);
    return count[0];
  }

  private static void count(Node node, int limit, int[] count, int depth) {
    // A self-referencing alias (&a [*a]) nests forever: count it as over the limit.
    if (depth > MAX_DEPTH) count[0] = limit;
    if (++count[0] > limit) return;
    if (node instanceof org.yaml.snakeyaml.nodes.SequenceNode seq) {
      for (Node c : seq.getValue()) {
        count(c, limit, count, depth + 1);
        if (count[0] > limit) return;
      }
    } else if (node instanceof org.yaml.snakeyaml.nodes.MappingNode map) {
      for (org.yaml.snakeyaml.nodes.NodeTuple t : map.getValue()) {
        count(t.getKeyNode(), limit, count, depth + 1);
        count(t.getValueNode(), limit, count, depth + 1);
        if (count[0] > limit) return;
      }
    }
  }

  /** Whether some node is reached twice, i.e. the document uses an alias (SnakeYAML shares the anchored node). */
  static boolean hasAliases(Node root) {
    java.util.Set<Node> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    java.util.ArrayDeque<Node> todo = new java.util.ArrayDeque<>();
    todo.push(root);
    while (!todo.isEmpty()) {
      Node node = todo.pop();
      if (!seen.add(node)) return true;
      if (node instanceof org.yaml.snakeyaml.nodes.SequenceNode seq) {
        for (Node c : seq.getValue()) todo.push(c);
      } else if (node instanceof org.yaml.snakeyaml.nodes.MappingNode map) {
        for (org.yaml.snakeyaml.nodes.NodeTuple t : map.getValue()) {
          todo.push(t.getKeyNode());
          todo.push(t.getValueNode());
        }
      }
    }
    return false;
  }

  private static Node firstDuplicateKey(Node node, java.util.Set<Node> seen) {
    if (!seen.add(node)) return null;
    if (node instanceof org.yaml.snakeyaml.nodes.SequenceNode seq) {
      for (Node c : seq.getValue()) {
        Node d = firstDuplicateKey(c, seen);
        if (d != null) return d;
      }
    } else if (node instanceof org.yaml.snakeyaml.nodes.MappingNode map) {
      java.util.Set<String> keys = new java.util.HashSet<>();
      for (org.yaml.snakeyaml.nodes.NodeTuple t : map.getValue()) {
        if (t.getKeyNode() instanceof org.yaml.snakeyaml.nodes.ScalarNode k && !k.getValue().equals("<<") && !keys.add(k.getValue())) {
          return k;
        }
        Node d = firstDuplicateKey(t.getValueNode(), seen);
        if (d != null) return d;
      }
    }
    return null;
  }

  /** 1-based line of a node. */
  public static int line(Node node) {
    return node.getStartMark().getLine() + 1;
  }

  private static String oneLine(String s) {
    return s == null ? "unknown error" : s.replaceAll("\\s+", " ").trim();
  }
}
