package dev.readiness.policy.rego.builtins;

import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.NumberValue;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.SetValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * RFC 6902 JSON Patch over Rego values, with OPA's extensions: paths may be arrays of segments (any values), and
 * sets are addressed by their elements (adding to a set requires the value to equal the last segment).
 */
final class JsonPatch {
  private JsonPatch() {}

  /** Failure of one operation; surfaces as a builtin error (undefined unless strict). */
  private static final class PatchFailure extends Exception {
    PatchFailure(String message) { super(message); }
  }

  static Value apply(Args a, Value doc, List<Value> ops) throws BuiltinException {
    Value cur = doc;
    for (Value opValue : ops) {
      if (!(opValue instanceof ObjectValue op)) throw a.typeError(1, "must be array of objects but got array containing " + opValue.typeName());
      try {
        cur = applyOne(cur, op);
      } catch (PatchFailure e) {
        throw a.error(e.getMessage());
      }
    }
    return cur;
  }

  private static Value applyOne(Value doc, ObjectValue op) throws PatchFailure {
    String name = op.get("op") instanceof StringValue s ? s.value() : null;
    if (name == null) throw new PatchFailure("missing op");
    List<Value> path = path(op, "path");
    switch (name) {
      case "add" -> {
        return add(doc, path, required(op, "value"));
      }
      case "remove" -> {
        return remove(doc, path);
      }
      case "replace" -> {
        get(doc, path);
        if (path.isEmpty()) return required(op, "value");
        return add(remove(doc, path), path, required(op, "value"));
      }
      case "move" -> {
        List<Value> from = path(op, "from");
        Value v = get(doc, from);
        if (from.equals(path)) return doc;
        return add(remove(doc, from), path, v);
      }
      case "copy" -> {
        return add(doc, path, get(doc, path(op, "from")));
      }
      case "test" -> {
        if (!get(doc, path).equals(required(op, "value"))) throw new PatchFailure("test failed");
        return doc;
      }
      default -> throw new PatchFailure("unknown op " + name);
    }
  }

  private static Value required(ObjectValue op, String key) throws PatchFailure {
    Value v = op.get(key);
    if (v == null) throw new PatchFailure("missing " + key);
    return v;
  }

  private static List<Value> path(ObjectValue op, String key) throws PatchFailure {
    Value v = required(op, key);
    if (v instanceof StringValue s) return JsonBuiltins.parsePointer(s.value());
    if (v instanceof ArrayValue arr) return arr.elements();
    throw new PatchFailure(key + " must be a string or an array");
  }

  private static Value get(Value doc, List<Value> path) throws PatchFailure {
    Value cur = doc;
    for (Value seg : path) {
      Value next = null;
      if (cur instanceof ArrayValue arr) {
        int i = index(seg, arr.size(), false);
        next = arr.get(i);
      } else {
        next = ObjectBuiltins.child(cur, seg);
      }
      if (next == null) throw new PatchFailure("path not found");
      cur = next;
    }
    return cur;
  }

  private static int index(Value seg, int size, boolean allowEnd) throws PatchFailure {
    Integer i = null;
    if (seg instanceof NumberValue n) i = n.intValueOrNull();
    if (seg instanceof StringValue s) {
      if (allowEnd && s.value().equals("-")) return size;
      if (s.value().matches("0|[1-9][0-9]{0,8}")) i = Integer.parseInt(s.value());
    }
    if (i == null || i < 0 || i > (allowEnd ? size : size - 1)) throw new PatchFailure("invalid array index");
    return i;
  }

  private static Value add(Value doc, List<Value> path, Value value) throws PatchFailure {
    if (path.isEmpty()) return value;
    Value seg = path.get(0);
    List<Value> rest = path.subList(1, path.size());
    boolean last = rest.isEmpty();
    if (doc instanceof ObjectValue o) {
      TreeMap<Value, Value> m = new TreeMap<>(o.entries());
      Value key = seg;
      if (last) {
        m.put(key, value);
      } else {
        Value child = m.get(key);
        if (child == null) throw new PatchFailure("path not found");
        m.put(key, add(child, rest, value));
      }
      return ObjectValue.of(m);
    }
    if (doc instanceof ArrayValue arr) {
      List<Value> l = new ArrayList<>(arr.elements());
      if (last) {
        l.add(index(seg, l.size(), true), value);
      } else {
        int i = index(seg, l.size(), false);
        l.set(i, add(l.get(i), rest, value));
      }
      return new ArrayValue(l);
    }
    if (doc instanceof SetValue s) {
      TreeSet<Value> t = new TreeSet<>(s.elements());
      if (last) {
        if (!seg.equals(value)) throw new PatchFailure("set element must equal its path segment");
        t.add(value);
      } else {
        if (!t.remove(seg)) throw new PatchFailure("path not found");
        t.add(add(seg, rest, value));
      }
      return SetValue.of(t);
    }
    throw new PatchFailure("path not found");
  }

  private static Value remove(Value doc, List<Value> path) throws PatchFailure {
    if (path.isEmpty()) throw new PatchFailure("cannot remove the document root");
    Value seg = path.get(0);
    List<Value> rest = path.subList(1, path.size());
    boolean last = rest.isEmpty();
    if (doc instanceof ObjectValue o) {
      TreeMap<Value, Value> m = new TreeMap<>(o.entries());
      Value child = m.get(seg);
      if (child == null) throw new PatchFailure("path not found");
      if (last) m.remove(seg);
      else m.put(seg, remove(child, rest));
      return ObjectValue.of(m);
    }
    if (doc instanceof ArrayValue arr) {
      List<Value> l = new ArrayList<>(arr.elements());
      int i = index(seg, l.size(), false);
      if (last) l.remove(i);
      else l.set(i, remove(l.get(i), rest));
      return new ArrayValue(l);
    }
    if (doc instanceof SetValue s) {
      TreeSet<Value> t = new TreeSet<>(s.elements());
      if (!t.remove(seg)) throw new PatchFailure("path not found");
      if (!last) t.add(remove(seg, rest));
      return SetValue.of(t);
    }
    throw new PatchFailure("path not found");
  }
}
