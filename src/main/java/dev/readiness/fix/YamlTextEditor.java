package dev.readiness.fix;

import dev.readiness.scan.yaml.YamlLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Format-preserving edits of a YAML text at positions from SnakeYAML's node marks: new keys are
 * inserted as lines after the last line of the target block mapping, at its key column, with the
 * file's indent unit and line endings; nothing else of the file (comments, order, quoting) moves.
 * Fragments are written with a 2-space indent and re-indented to the file's unit.
 */
public final class YamlTextEditor {
  private final String file;
  private final String text;
  private final String eol;
  private final Node root;

  /** Thrown when the text cannot be edited safely (invalid YAML, flow-style target, several documents). */
  public static final class EditException extends Exception {
    public EditException(String message) { super(message); }
  }

  private YamlTextEditor(String file, String text) throws EditException {
    this.file = file;
    this.text = text;
    this.eol = text.contains("\r\n") ? "\r\n" : "\n";
    List<String> problems = new ArrayList<>();
    List<Node> docs = YamlLoader.load(text, "fix", file, d -> problems.add(d.message() + (d.line() != null ? " (line " + d.line() + ")" : "")));
    if (!problems.isEmpty()) throw new EditException(file + ": " + problems.get(0));
    if (docs.size() > 1) throw new EditException(file + ": several YAML documents; not edited");
    this.root = docs.isEmpty() ? null : docs.get(0);
    if (root != null && !(root instanceof MappingNode)) throw new EditException(file + ": the top level is not a mapping");
  }

  public static YamlTextEditor of(String file, String text) throws EditException {
    return new YamlTextEditor(file, text);
  }

  public String text() { return text; }

  /** The line ending the file uses. */
  public String eol() { return eol; }

  /** The node at a key path, if present. */
  public Optional<Node> get(String... path) {
    Node n = root;
    for (String key : path) {
      if (!(n instanceof MappingNode)) return Optional.empty();
      Optional<NodeTuple> t = tuple((MappingNode) n, key);
      if (t.isEmpty()) return Optional.empty();
      n = t.get().getValueNode();
    }
    return Optional.ofNullable(n);
  }

  public boolean has(String... path) { return get(path).isPresent(); }

  /**
   * The node at a path as compose reads it: keys a mapping takes from YAML merge keys ({@code <<: *anchor}, or a
   * list of anchors) count where the mapping does not set them itself.
   */
  public Optional<Node> resolved(String... path) {
    Node n = root;
    for (String key : path) {
      if (!(n instanceof MappingNode m)) return Optional.empty();
      Optional<Node> next = merged(m, key, 0);
      if (next.isEmpty()) return Optional.empty();
      n = next.get();
    }
    return Optional.ofNullable(n);
  }

  private static Optional<Node> merged(MappingNode m, String key, int depth) {
    Optional<NodeTuple> own = tuple(m, key);
    if (own.isPresent()) return Optional.of(own.get().getValueNode());
    if (depth > 8) return Optional.empty();
    for (NodeTuple t : m.getValue()) {
      if (!"<<".equals(scalar(t.getKeyNode()))) continue;
      List<Node> sources = t.getValueNode() instanceof SequenceNode q ? q.getValue() : List.of(t.getValueNode());
      for (Node src : sources) {
        if (src instanceof MappingNode sm) {
          Optional<Node> found = merged(sm, key, depth + 1);
          if (found.isPresent()) return found;
        }
      }
    }
    return Optional.empty();
  }

  /** The indent unit of the file (the step between a mapping key and its nested keys), 2 when unknown. */
  public int indentUnit() {
    if (root instanceof MappingNode) {
      for (NodeTuple t : ((MappingNode) root).getValue()) {
        Node v = t.getValueNode();
        if (v instanceof MappingNode && !((MappingNode) v).getValue().isEmpty() && block(v)) {
          int step = ((MappingNode) v).getValue().get(0).getKeyNode().getStartMark().getColumn()
              - t.getKeyNode().getStartMark().getColumn();
          if (step > 0) return step;
        }
      }
    }
    return 2;
  }

  /**
   * Adds keys to the block mapping at {@code path}, creating missing mappings along the path.
   *
   * @param fragment YAML lines with a 2-space indent, relative to the mapping's keys
   * @return the new text
   */
  public String append(List<String> path, String fragment) throws EditException {
    int unit = indentUnit();
    Node n = root;
    int depth = 0;
    MappingNode parent = null;
    while (depth < path.size() && n instanceof MappingNode) {
      if (!block(n)) throw new EditException(file + ": " + String.join(".", path.subList(0, depth)) + " is a flow mapping; not edited");
      Optional<NodeTuple> t = tuple((MappingNode) n, path.get(depth));
      if (t.isEmpty()) break;
      parent = (MappingNode) n;
      n = t.get().getValueNode();
      depth++;
    }
    String remaining = nest(path.subList(depth, path.size()), fragment);
    if (root == null) return appendAtEnd(reindent(remaining, unit, 0));
    if (depth == path.size() && n instanceof MappingNode) {
      MappingNode m = (MappingNode) n;
      if (!block(m)) throw new EditException(file + ": " + String.join(".", path) + " is a flow mapping; not edited");
      if (m.getValue().isEmpty()) throw new EditException(file + ": " + String.join(".", path) + " is an empty flow mapping; not edited");
      int col = m.getValue().get(0).getKeyNode().getStartMark().getColumn();
      return insertAfter(lastLine(m), reindent(remaining, unit, col));
    }
    if (depth == path.size() && isEmptyScalar(n)) {
      // `key:` with no value: its children go below the key, one unit deeper.
      NodeTuple t = tuple(parent, path.get(depth - 1)).orElseThrow();
      int col = t.getKeyNode().getStartMark().getColumn() + unit;
      return insertAfter(t.getKeyNode().getEndMark().getLine(), reindent(remaining, unit, col));
    }
    if (depth < path.size() && n instanceof MappingNode) {
      MappingNode m = (MappingNode) n;
      if (m.getValue().isEmpty()) throw new EditException(file + ": " + String.join(".", path.subList(0, depth)) + " is an empty flow mapping; not edited");
      int col = m.getValue().get(0).getKeyNode().getStartMark().getColumn();
      return insertAfter(lastLine(m), reindent(remaining, unit, col));
    }
    if (depth < path.size() && depth > 0 && isEmptyScalar(n)) {
      NodeTuple t = tuple(parent, path.get(depth - 1)).orElseThrow();
      int col = t.getKeyNode().getStartMark().getColumn() + unit;
      return insertAfter(t.getKeyNode().getEndMark().getLine(), reindent(remaining, unit, col));
    }
    throw new EditException(file + ": " + String.join(".", path.subList(0, Math.max(depth, 1))) + " is not a mapping; not edited");
  }

  /** Removes a key (all its lines) from the block mapping at {@code path}; unchanged text when absent. */
  public String remove(List<String> path, String key) throws EditException {
    Optional<Node> n = get(path.toArray(new String[0]));
    if (n.isEmpty() || !(n.get() instanceof MappingNode)) return text;
    MappingNode m = (MappingNode) n.get();
    if (!block(m)) throw new EditException(file + ": " + String.join(".", path) + " is a flow mapping; not edited");
    Optional<NodeTuple> t = tuple(m, key);
    if (t.isEmpty()) return text;
    int from = t.get().getKeyNode().getStartMark().getLine();
    int to = lastLine(t.get().getValueNode());
    List<String> lines = lines();
    List<String> out = new ArrayList<>(lines.subList(0, from));
    out.addAll(lines.subList(Math.min(to + 1, lines.size()), lines.size()));
    return String.join("", out);
  }

  /** Replaces a key's lines with a fragment at the same column (e.g. depends_on list → mapping with conditions). */
  public String replace(List<String> path, String key, String fragment) throws EditException {
    MappingNode m = (MappingNode) get(path.toArray(new String[0])).filter(x -> x instanceof MappingNode)
        .orElseThrow(() -> new EditException(file + ": " + String.join(".", path) + " not found"));
    NodeTuple t = tuple(m, key).orElseThrow(() -> new EditException(file + ": " + key + " not found"));
    int from = t.getKeyNode().getStartMark().getLine();
    int col = t.getKeyNode().getStartMark().getColumn();
    int to = lastLine(t.getValueNode());
    List<String> lines = lines();
    List<String> out = new ArrayList<>(lines.subList(0, from));
    out.add(reindent(fragment, indentUnit(), col));
    out.addAll(lines.subList(Math.min(to + 1, lines.size()), lines.size()));
    return String.join("", out);
  }

  /**
   * Inserts top-level keys before a top-level key (e.g. {@code permissions:} before {@code jobs:}),
   * above any comment lines directly attached to it.
   */
  public String insertBeforeTopLevel(String key, String fragment) throws EditException {
    if (!(root instanceof MappingNode)) throw new EditException(file + ": empty document");
    NodeTuple t = tuple((MappingNode) root, key).orElseThrow(() -> new EditException(file + ": no top-level " + key));
    int line = t.getKeyNode().getStartMark().getLine();
    List<String> lines = lines();
    while (line > 0 && lines.get(line - 1).trim().startsWith("#")) line--;
    List<String> out = new ArrayList<>(lines.subList(0, line));
    out.add(reindent(fragment, indentUnit(), 0));
    // Keep the file's rhythm: a block that follows a blank line is followed by one too.
    if (line > 0 && lines.get(line - 1).isBlank()) out.add(eol);
    out.addAll(lines.subList(line, lines.size()));
    return String.join("", out);
  }

  /** A scalar value as text, or null. */
  public static String scalar(Node n) {
    return n instanceof ScalarNode ? ((ScalarNode) n).getValue() : null;
  }

  public static Optional<NodeTuple> tuple(MappingNode m, String key) {
    for (NodeTuple t : m.getValue()) {
      if (key.equals(scalar(t.getKeyNode()))) return Optional.of(t);
    }
    return Optional.empty();
  }

  private static boolean block(Node n) {
    if (n instanceof MappingNode) return ((MappingNode) n).getFlowStyle() != DumperOptions.FlowStyle.FLOW;
    if (n instanceof SequenceNode) return ((SequenceNode) n).getFlowStyle() != DumperOptions.FlowStyle.FLOW;
    return true;
  }

  private static boolean isEmptyScalar(Node n) {
    return n instanceof ScalarNode && ((ScalarNode) n).getValue().isEmpty() && n.getTag().getValue().endsWith(":null");
  }

  /** 0-based line of the last character of a node's content. */
  static int lastLine(Node n) {
    if (n instanceof MappingNode && block(n) && !((MappingNode) n).getValue().isEmpty()) {
      List<NodeTuple> v = ((MappingNode) n).getValue();
      NodeTuple last = v.get(v.size() - 1);
      return Math.max(lastLine(last.getKeyNode()), lastLine(last.getValueNode()));
    }
    if (n instanceof SequenceNode && block(n) && !((SequenceNode) n).getValue().isEmpty()) {
      List<Node> v = ((SequenceNode) n).getValue();
      return lastLine(v.get(v.size() - 1));
    }
    Mark end = n.getEndMark();
    int line = end.getLine();
    if (end.getColumn() == 0 && line > n.getStartMark().getLine()) line--;
    return line;
  }

  /** Wraps a fragment in the keys of a path (each one level deeper). */
  private static String nest(List<String> keys, String fragment) {
    if (keys.isEmpty()) return fragment;
    StringBuilder out = new StringBuilder();
    String pad = "";
    for (String k : keys) {
      out.append(pad).append(k).append(":\n");
      pad += "  ";
    }
    for (String l : fragment.split("\n", -1)) {
      if (l.isEmpty()) continue;
      out.append(pad).append(l).append('\n');
    }
    return out.toString();
  }

  /** Re-indents a 2-space fragment to the file's unit at a base column, with the file's line endings. */
  private String reindent(String fragment, int unit, int col) {
    StringBuilder out = new StringBuilder();
    for (String l : fragment.split("\n", -1)) {
      if (l.isEmpty()) continue;
      int lead = 0;
      while (lead < l.length() && l.charAt(lead) == ' ') lead++;
      String body = l.substring(lead);
      // A sequence item keeps its dash at the parent's column ("- x" under a key), as compose files usually do.
      out.append(" ".repeat(col + (lead / 2) * unit + (lead % 2))).append(body).append(eol);
    }
    return out.toString();
  }

  private String insertAfter(int line, String block) {
    List<String> lines = lines();
    if (line >= lines.size()) return appendAtEnd(block);
    List<String> out = new ArrayList<>(lines.subList(0, line + 1));
    String last = out.get(out.size() - 1);
    if (!last.endsWith("\n")) out.set(out.size() - 1, last + eol);
    out.add(block);
    out.addAll(lines.subList(line + 1, lines.size()));
    return String.join("", out);
  }

  private String appendAtEnd(String block) {
    if (text.isEmpty() || text.endsWith("\n")) return text + block;
    return text + eol + block;
  }

  /** The text split into lines that keep their terminators. */
  private List<String> lines() {
    List<String> out = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        out.add(text.substring(start, i + 1));
        start = i + 1;
      }
    }
    if (start < text.length()) out.add(text.substring(start));
    return out;
  }
}
