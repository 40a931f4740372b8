package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.FunctionBuiltin.of;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.BoolValue;
import dev.readiness.policy.rego.value.Json;
import dev.readiness.policy.rego.value.NumberValue;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.SetValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** {@code json.*}: marshal, marshal_with_options, unmarshal, is_valid, filter, remove, patch. */
public final class JsonBuiltins {
  private static final ObjectMapper STRICT = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  private static final Set<String> MARSHAL_OPTIONS = Set.of("pretty", "indent", "prefix");

  private JsonBuiltins() {}

  public static List<Builtin> all() {
    return List.of(
        of("json.marshal", 1, (a, c) -> StringValue.of(GoJson.compact(a.get(0)))),
        of("json.marshal_with_options", 2, JsonBuiltins::marshalWithOptions),
        of("json.unmarshal", 1, (a, c) -> unmarshal(a, a.string(0))),
        of("json.is_valid", 1, (a, c) -> BoolValue.of(a.get(0) instanceof StringValue s && isValid(s.value()))),
        of("json.filter", 2, (a, c) -> filter(a.object(0), PathTree.of(paths(a, 1)))),
        of("json.remove", 2, (a, c) -> remove(a.object(0), PathTree.of(paths(a, 1)))),
        of("json.patch", 2, (a, c) -> JsonPatch.apply(a, a.get(0), a.array(1).elements())));
  }

  static Value unmarshal(Args a, String text) throws BuiltinException {
    try {
      return Json.fromNode(STRICT.readTree(text));
    } catch (JsonProcessingException e) {
      throw a.error(e.getOriginalMessage());
    }
  }

  static boolean isValid(String text) {
    try {
      STRICT.readTree(text);
      return !text.isBlank();
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  private static Value marshalWithOptions(Args a, BuiltinContext ctx) throws BuiltinException {
    ObjectValue opts = a.object(1);
    boolean pretty = false;
    boolean prettyExplicit = false;
    String indent = "\t";
    String prefix = "";
    for (Map.Entry<Value, Value> e : opts.entries().entrySet()) {
      String key = e.getKey() instanceof StringValue s ? s.value() : null;
      if (key == null || !MARSHAL_OPTIONS.contains(key)) {
        throw a.typeError(1, "object contained unknown key " + (key == null ? RegoText.render(e.getKey()) : "\"" + key + "\""));
      }
      Value v = e.getValue();
      if (key.equals("pretty")) {
        if (!(v instanceof BoolValue b)) throw a.typeError(1, "pretty must be a boolean but got " + v.typeName());
        pretty = b.value();
        prettyExplicit = true;
      } else {
        if (!(v instanceof StringValue s)) throw a.typeError(1, key + " must be a string but got " + v.typeName());
        if (key.equals("indent")) indent = s.value();
        else prefix = s.value();
        if (!prettyExplicit) pretty = true;
      }
    }
    if (!pretty) return StringValue.of(GoJson.compact(a.get(0)));
    return StringValue.of(GoJson.indented(a.get(0), prefix, indent));
  }

  /** Paths given as "a/b/c" strings (JSON-pointer escaped) or arrays of segments. */
  private static List<List<Value>> paths(Args a, int i) throws BuiltinException {
    Value v = a.get(i);
    if (!(v instanceof SetValue) && !(v instanceof ArrayValue)) throw a.mustBeOneOf(i, "set, array");
    List<List<Value>> out = new ArrayList<>();
    for (Value p : a.collection(i, "set, array")) {
      if (p instanceof StringValue s) {
        out.add(parsePointer(s.value()));
      } else if (p instanceof ArrayValue arr) {
        out.add(arr.elements());
      } else {
        throw a.typeError(i, "must be one of {set, array} containing string paths or array of path segments but got "
            + p.typeName());
      }
    }
    return out;
  }

  /**
   * Splits "a/b/c" into string segments (~1 and ~0 unescaped). A leading slash makes it a JSON pointer, so "/"
   * names the key "" while "" names the whole document.
   */
  static List<Value> parsePointer(String pointer) {
    String p = pointer.startsWith("/") ? pointer.substring(1) : pointer;
    List<Value> out = new ArrayList<>();
    if (pointer.isEmpty()) return out;
    for (String seg : StringBuiltins.split(p, "/")) out.add(StringValue.of(seg.replace("~1", "/").replace("~0", "~")));
    return out;
  }

  /** A trie of paths; a node marked terminal covers its whole subtree. */
  static final class PathTree {
    final TreeMap<Value, PathTree> children = new TreeMap<>();
    boolean terminal;

    static PathTree of(List<List<Value>> paths) {
      PathTree root = new PathTree();
      for (List<Value> p : paths) {
        PathTree node = root;
        for (Value seg : p) node = node.children.computeIfAbsent(seg, k -> new PathTree());
        node.terminal = true;
      }
      return root;
    }

    /** The child for an object key, or for an array index (matched as number or as its decimal string). */
    PathTree child(Value key) {
      PathTree t = children.get(key);
      if (t == null && key instanceof NumberValue n) t = children.get(StringValue.of(n.toString()));
      return t;
    }
  }

  static Value filter(Value v, PathTree tree) {
    if (tree.terminal) return v;
    if (v instanceof ObjectValue o) {
      TreeMap<Value, Value> m = new TreeMap<>();
      for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
        PathTree t = tree.child(e.getKey());
        if (t != null) m.put(e.getKey(), filter(e.getValue(), t));
      }
      return ObjectValue.of(m);
    }
    if (v instanceof ArrayValue arr) {
      List<Value> out = new ArrayList<>();
      for (int i = 0; i < arr.size(); i++) {
        PathTree t = tree.child(NumberValue.of(i));
        if (t != null) out.add(filter(arr.get(i), t));
      }
      return new ArrayValue(out);
    }
    if (v instanceof SetValue s) {
      List<Value> out = new ArrayList<>();
      for (Value e : s) {
        PathTree t = tree.child(e);
        if (t != null) out.add(filter(e, t));
      }
      return SetValue.of(out);
    }
    return v;
  }

  static Value remove(Value v, PathTree tree) {
    if (v instanceof ObjectValue o) {
      TreeMap<Value, Value> m = new TreeMap<>();
      for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
        PathTree t = tree.child(e.getKey());
        if (t == null) m.put(e.getKey(), e.getValue());
        else if (!t.terminal) m.put(e.getKey(), remove(e.getValue(), t));
      }
      return ObjectValue.of(m);
    }
    if (v instanceof ArrayValue arr) {
      List<Value> out = new ArrayList<>();
      for (int i = 0; i < arr.size(); i++) {
        PathTree t = tree.child(NumberValue.of(i));
        if (t == null) out.add(arr.get(i));
        else if (!t.terminal) out.add(remove(arr.get(i), t));
      }
      return new ArrayValue(out);
    }
    if (v instanceof SetValue s) {
      List<Value> out = new ArrayList<>();
      for (Value e : s) {
        PathTree t = tree.child(e);
        if (t == null) out.add(e);
        else if (!t.terminal) out.add(remove(e, t));
      }
      return SetValue.of(out);
    }
    return v;
  }
}
