package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.FunctionBuiltin.of;

import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.BoolValue;
import dev.readiness.policy.rego.value.NumberValue;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.SetValue;
import dev.readiness.policy.rego.value.Value;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** {@code object.*} builtins: get, keys, union, union_n, remove, filter, subset. */
public final class ObjectBuiltins {
  private ObjectBuiltins() {}

  public static List<Builtin> all() {
    return List.of(
        of("object.get", 3, ObjectBuiltins::get),
        of("object.keys", 1, (a, c) -> SetValue.of(a.object(0).entries().keySet())),
        of("object.union", 2, (a, c) -> union(a.object(0), a.object(1))),
        of("object.union_n", 1, ObjectBuiltins::unionN),
        of("object.remove", 2, (a, c) -> retain(a.object(0), keys(a, 1), false)),
        of("object.filter", 2, (a, c) -> retain(a.object(0), keys(a, 1), true)),
        of("object.subset", 2, ObjectBuiltins::subset));
  }

  /** Looks a key (or, when the key is an array, a path of keys and array indices) up with a default. */
  private static Value get(Args a, BuiltinContext ctx) throws BuiltinException {
    ObjectValue obj = a.object(0);
    Value key = a.get(1);
    Value fallback = a.get(2);
    if (!(key instanceof ArrayValue path)) {
      Value v = obj.get(key);
      return v == null ? fallback : v;
    }
    Value cur = obj;
    for (Value step : path.elements()) {
      Value next = child(cur, step);
      if (next == null) return fallback;
      cur = next;
    }
    return cur;
  }

  /** The child of a composite value under key/index, or null. */
  static Value child(Value parent, Value key) {
    if (parent instanceof ObjectValue o) return o.get(key);
    if (parent instanceof ArrayValue arr && key instanceof NumberValue n) {
      Integer i = n.intValueOrNull();
      return i != null && i >= 0 && i < arr.size() ? arr.get(i) : null;
    }
    if (parent instanceof SetValue s) return s.contains(key) ? key : null;
    return null;
  }

  /** Recursive merge: nested objects merge, anything else from the right operand wins. */
  static ObjectValue union(ObjectValue left, ObjectValue right) {
    TreeMap<Value, Value> m = new TreeMap<>(left.entries());
    for (Map.Entry<Value, Value> e : right.entries().entrySet()) {
      Value l = m.get(e.getKey());
      if (l instanceof ObjectValue lo && e.getValue() instanceof ObjectValue ro) {
        m.put(e.getKey(), union(lo, ro));
      } else {
        m.put(e.getKey(), e.getValue());
      }
    }
    return ObjectValue.of(m);
  }

  private static Value unionN(Args a, BuiltinContext ctx) throws BuiltinException {
    ObjectValue acc = ObjectValue.EMPTY;
    for (Value v : a.array(0).elements()) {
      if (!(v instanceof ObjectValue o)) throw a.typeError(0, "must be array of objects but got array containing " + v.typeName());
      acc = union(acc, o);
    }
    return acc;
  }

  /** The keys named by an array, a set or an object (its keys). */
  private static Collection<Value> keys(Args a, int i) throws BuiltinException {
    Value v = a.get(i);
    if (v instanceof ObjectValue o) return o.entries().keySet();
    if (v instanceof SetValue s) return s.elements();
    if (v instanceof ArrayValue arr) return arr.elements();
    throw a.mustBeOneOf(i, "object, set, array");
  }

  private static ObjectValue retain(ObjectValue obj, Collection<Value> keys, boolean keep) {
    SetValue ks = SetValue.of(new ArrayList<>(keys));
    TreeMap<Value, Value> m = new TreeMap<>();
    for (Map.Entry<Value, Value> e : obj.entries().entrySet()) {
      if (ks.contains(e.getKey()) == keep) m.put(e.getKey(), e.getValue());
    }
    return ObjectValue.of(m);
  }

  private static Value subset(Args a, BuiltinContext ctx) throws BuiltinException {
    Value sup = a.get(0);
    Value sub = a.get(1);
    boolean sameKind = (sup instanceof ObjectValue && sub instanceof ObjectValue)
        || (sup instanceof SetValue && sub instanceof SetValue)
        || (sup instanceof ArrayValue && (sub instanceof ArrayValue || sub instanceof SetValue));
    if (!sameKind) {
      if (!(sup instanceof ObjectValue || sup instanceof SetValue || sup instanceof ArrayValue)) {
        throw a.mustBeOneOf(0, "object, set, array");
      }
      throw BuiltinException.typeError(a.builtin() + ": both arguments must be of the same type or array and set");
    }
    return BoolValue.of(isSubset(sup, sub));
  }

  /** OPA's object.subset: recursive for objects, membership for sets, contiguous run for arrays. */
  static boolean isSubset(Value sup, Value sub) {
    if (sup instanceof ObjectValue so && sub instanceof ObjectValue bo) {
      for (Map.Entry<Value, Value> e : bo.entries().entrySet()) {
        Value sv = so.get(e.getKey());
        if (sv == null) return false;
        boolean nested = (sv instanceof ObjectValue && e.getValue() instanceof ObjectValue)
            || (sv instanceof SetValue && e.getValue() instanceof SetValue)
            || (sv instanceof ArrayValue && e.getValue() instanceof ArrayValue);
        if (nested ? !isSubset(sv, e.getValue()) : !sv.equals(e.getValue())) return false;
      }
      return true;
    }
    if (sup instanceof SetValue ss && sub instanceof SetValue bs) return ss.elements().containsAll(bs.elements());
    if (sup instanceof ArrayValue sa && sub instanceof SetValue bs) return sa.elements().containsAll(bs.elements());
    if (sup instanceof ArrayValue sa && sub instanceof ArrayValue ba) {
      return java.util.Collections.indexOfSubList(sa.elements(), ba.elements()) >= 0;
    }
    return sup.equals(sub);
  }
}
