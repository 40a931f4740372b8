package dev.readiness.policy.rego;

import dev.readiness.policy.PolicyException;
import dev.readiness.policy.rego.builtins.BuiltinException;
import dev.readiness.policy.rego.builtins.YamlBuiltins;
import dev.readiness.policy.rego.value.Json;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Base data documents loaded as OPA's loader does: a JSON or YAML file given directly is merged at the root of
 * {@code data}; a directory is walked and each .json/.yaml/.yml file in it is merged at the path of its
 * directory relative to the one given ({@code dir/a/b/data.json} becomes {@code data.a.b}). Documents that
 * set the same leaf differently are a merge error.
 */
public final class DataLoader {
  private final TreeMap<Value, Object> root = new TreeMap<>();

  /** Loads every file and directory in order and returns the merged document (an object). */
  public static Value load(List<Path> paths) throws PolicyException {
    DataLoader l = new DataLoader();
    for (Path p : paths) l.add(p);
    return l.value();
  }

  /** True for the file names a directory walk takes as data. */
  public static boolean isDataFile(Path f) {
    String n = f.getFileName().toString();
    return n.endsWith(".json") || n.endsWith(".yaml") || n.endsWith(".yml");
  }

  /** Adds a file (merged at the root) or a directory (each data file at its directory's path). */
  public void add(Path p) throws PolicyException {
    if (Files.isDirectory(p)) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(p)) {
        files = s.filter(f -> Files.isRegularFile(f) && isDataFile(f)).sorted().toList();
      } catch (IOException e) {
        throw new PolicyException("data_error", "cannot read " + p + ": " + e.getMessage(), p.toString(), e);
      }
      for (Path f : files) {
        List<String> prefix = new ArrayList<>();
        Path rel = p.relativize(f).getParent();
        if (rel != null) for (Path part : rel) prefix.add(part.toString());
        merge(prefix, parse(f), f);
      }
    } else if (Files.isRegularFile(p)) {
      merge(List.of(), parse(p), p);
    } else {
      throw new PolicyException("data_error", "data file not found: " + p, p.toString());
    }
  }

  /** Parses one JSON or YAML data file (by extension; other names are tried as JSON, then YAML). */
  public static Value parse(Path f) throws PolicyException {
    String text;
    try {
      text = Files.readString(f, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new PolicyException("data_error", "cannot read " + f + ": " + e.getMessage(), f.toString(), e);
    }
    String name = f.getFileName().toString();
    boolean yaml = name.endsWith(".yaml") || name.endsWith(".yml");
    try {
      if (!yaml) return Json.parse(text);
    } catch (IllegalArgumentException e) {
      if (name.endsWith(".json")) throw new PolicyException("data_error", e.getMessage(), f.toString(), e);
    }
    try {
      return YamlBuiltins.parse(text);
    } catch (BuiltinException e) {
      throw new PolicyException("data_error", e.getMessage(), f.toString(), e);
    }
  }

  private void merge(List<String> prefix, Value doc, Path from) throws PolicyException {
    if (prefix.isEmpty() && !(doc instanceof ObjectValue)) {
      throw new PolicyException("data_error", "the root of a data document must be an object", from.toString());
    }
    TreeMap<Value, Object> node = root;
    for (int i = 0; i < prefix.size(); i++) {
      Value key = StringValue.of(prefix.get(i));
      if (i == prefix.size() - 1 && !(doc instanceof ObjectValue)) {
        put(node, key, doc, from);
        return;
      }
      node = child(node, key, from);
    }
    for (Map.Entry<Value, Value> e : ((ObjectValue) doc).entries().entrySet()) put(node, e.getKey(), e.getValue(), from);
  }

  @SuppressWarnings("unchecked")
  private static TreeMap<Value, Object> child(TreeMap<Value, Object> node, Value key, Path from) throws PolicyException {
    Object c = node.get(key);
    if (c == null) {
      TreeMap<Value, Object> m = new TreeMap<>();
      node.put(key, m);
      return m;
    }
    if (c instanceof TreeMap<?, ?> m) return (TreeMap<Value, Object>) m;
    if (c instanceof ObjectValue o) {
      TreeMap<Value, Object> m = new TreeMap<>(o.entries());
      node.put(key, m);
      return m;
    }
    throw new PolicyException("data_error", "merge error: " + Json.write(key) + " is set twice", from.toString());
  }

  private static void put(TreeMap<Value, Object> node, Value key, Value v, Path from) throws PolicyException {
    Object prev = node.get(key);
    if (prev == null) {
      node.put(key, v);
    } else if (v instanceof ObjectValue o && !(prev instanceof Value pv && !(pv instanceof ObjectValue))) {
      TreeMap<Value, Object> m = child(node, key, from);
      for (Map.Entry<Value, Value> e : o.entries().entrySet()) put(m, e.getKey(), e.getValue(), from);
    } else if (!(prev instanceof Value pv && pv.equals(v))) {
      throw new PolicyException("data_error", "merge error: " + Json.write(key) + " is set twice", from.toString());
    }
  }

  /** The merged document. */
  public Value value() { return toValue(root); }

  @SuppressWarnings("unchecked")
  private static Value toValue(TreeMap<Value, Object> m) {
    TreeMap<Value, Value> out = new TreeMap<>();
    for (Map.Entry<Value, Object> e : m.entrySet()) {
      Object o = e.getValue();
      out.put(e.getKey(), o instanceof TreeMap<?, ?> t ? toValue((TreeMap<Value, Object>) t) : (Value) o);
    }
    return ObjectValue.of(out);
  }
}
