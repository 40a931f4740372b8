package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.FunctionBuiltin.of;

import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.BoolValue;
import dev.readiness.policy.rego.value.NumberValue;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.SetValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Operators, aggregates, arrays and other builtins the Rego language itself relies on. */
public final class CoreBuiltins {
  /** Precision of non-terminating divisions (OPA computes with big floats; 34 digits covers float64 exactly). */
  private static final MathContext DIV = MathContext.DECIMAL128;

  private CoreBuiltins() {}

  public static List<Builtin> all() {
    List<Builtin> out = new ArrayList<>();
    out.add(of("equal", 2, (a, c) -> BoolValue.of(a.get(0).equals(a.get(1)))));
    out.add(of("neq", 2, (a, c) -> BoolValue.of(!a.get(0).equals(a.get(1)))));
    out.add(of("lt", 2, (a, c) -> BoolValue.of(a.get(0).compareTo(a.get(1)) < 0)));
    out.add(of("gt", 2, (a, c) -> BoolValue.of(a.get(0).compareTo(a.get(1)) > 0)));
    out.add(of("lte", 2, (a, c) -> BoolValue.of(a.get(0).compareTo(a.get(1)) <= 0)));
    out.add(of("gte", 2, (a, c) -> BoolValue.of(a.get(0).compareTo(a.get(1)) >= 0)));
    out.add(of("plus", 2, (a, c) -> num(a.number(0).value().add(a.number(1).value()))));
    out.add(of("minus", 2, CoreBuiltins::minus));
    out.add(of("mul", 2, (a, c) -> num(a.number(0).value().multiply(a.number(1).value()))));
    out.add(of("div", 2, CoreBuiltins::div));
    out.add(of("rem", 2, CoreBuiltins::rem));
    out.add(of("and", 2, (a, c) -> {
      SetValue x = a.set(0);
      SetValue y = a.set(1);
      List<Value> r = new ArrayList<>();
      for (Value v : x) if (y.contains(v)) r.add(v);
      return SetValue.of(r);
    }));
    out.add(of("or", 2, (a, c) -> {
      List<Value> r = new ArrayList<>(a.set(0).elements());
      r.addAll(a.set(1).elements());
      return SetValue.of(r);
    }));
    out.add(of("abs", 1, (a, c) -> num(a.number(0).value().abs())));
    out.add(of("round", 1, (a, c) -> num(a.number(0).value().setScale(0, RoundingMode.HALF_UP))));
    out.add(of("ceil", 1, (a, c) -> num(a.number(0).value().setScale(0, RoundingMode.CEILING))));
    out.add(of("floor", 1, (a, c) -> num(a.number(0).value().setScale(0, RoundingMode.FLOOR))));
    out.add(of("count", 1, CoreBuiltins::count));
    out.add(of("sum", 1, (a, c) -> {
      BigDecimal s = BigDecimal.ZERO;
      for (Value v : a.collection(0, "array, set")) s = s.add(numberElem(a, v));
      return num(s);
    }));
    out.add(of("product", 1, (a, c) -> {
      BigDecimal s = BigDecimal.ONE;
      for (Value v : a.collection(0, "array, set")) s = s.multiply(numberElem(a, v));
      return num(s);
    }));
    out.add(of("max", 1, (a, c) -> {
      List<Value> xs = a.collection(0, "array, set");
      return xs.isEmpty() ? null : Collections.max(xs);
    }));
    out.add(of("min", 1, (a, c) -> {
      List<Value> xs = a.collection(0, "array, set");
      return xs.isEmpty() ? null : Collections.min(xs);
    }));
    out.add(of("sort", 1, (a, c) -> {
      List<Value> xs = new ArrayList<>(a.collection(0, "array, set"));
      Collections.sort(xs);
      return new ArrayValue(xs);
    }));
    out.add(of("all", 1, (a, c) -> {
      for (Value v : a.collection(0, "array, set")) if (!v.equals(BoolValue.TRUE)) return BoolValue.FALSE;
      return BoolValue.TRUE;
    }));
    out.add(of("any", 1, (a, c) -> {
      for (Value v : a.collection(0, "array, set")) if (v.equals(BoolValue.TRUE)) return BoolValue.TRUE;
      return BoolValue.FALSE;
    }));
    out.add(of("array.concat", 2, (a, c) -> {
      List<Value> r = new ArrayList<>(a.array(0).elements());
      r.addAll(a.array(1).elements());
      return new ArrayValue(r);
    }));
    out.add(of("array.slice", 3, CoreBuiltins::slice));
    out.add(of("array.reverse", 1, (a, c) -> {
      List<Value> r = new ArrayList<>(a.array(0).elements());
      Collections.reverse(r);
      return new ArrayValue(r);
    }));
    out.add(of("array.flatten", 1, (a, c) -> {
      List<Value> r = new ArrayList<>();
      flatten(a.array(0), r);
      return new ArrayValue(r);
    }));
    out.add(of("internal.member_2", 2, (a, c) -> BoolValue.of(member(a.get(0), a.get(1)))));
    out.add(of("internal.member_3", 3, (a, c) -> BoolValue.of(member3(a.get(0), a.get(1), a.get(2)))));
    out.add(of("trace", 1, (a, c) -> {
      a.string(0);
      return BoolValue.TRUE;
    }));
    // the evaluator handles print itself (undefined arguments print as <undefined>); this is the fallback
    out.add(of("print", -1, (a, c) -> {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < a.size(); i++) {
        if (i > 0) sb.append(' ');
        sb.append(a.get(i) instanceof StringValue s ? s.value() : a.get(i).toString());
      }
      c.printHook().print(null, sb.toString());
      return BoolValue.TRUE;
    }));
    // answered by the evaluator, which knows the rule being evaluated; undefined elsewhere
    out.add(of("rego.metadata.chain", 0, (a, c) -> null));
    out.add(of("rego.metadata.rule", 0, (a, c) -> null));
    out.add(of("graph.reachable", 2, CoreBuiltins::reachable));
    out.add(of("graph.reachable_paths", 2, CoreBuiltins::reachablePaths));
    return out;
  }

  private static NumberValue num(BigDecimal d) {
    return NumberValue.of(d.signum() == 0 ? BigDecimal.ZERO : d.stripTrailingZeros());
  }

  private static BigDecimal numberElem(Args a, Value v) throws BuiltinException {
    if (v instanceof NumberValue n) return n.value();
    throw a.typeError(0, "must be one of {array, set} containing numbers but got " + v.typeName());
  }

  private static Value minus(Args a, BuiltinContext c) throws BuiltinException {
    Value x = a.get(0);
    Value y = a.get(1);
    if (x instanceof NumberValue nx) {
      if (y instanceof NumberValue ny) return num(nx.value().subtract(ny.value()));
      throw a.mustBe(1, "number");
    }
    if (x instanceof SetValue sx) {
      if (!(y instanceof SetValue sy)) throw a.mustBe(1, "set");
      List<Value> r = new ArrayList<>();
      for (Value v : sx) if (!sy.contains(v)) r.add(v);
      return SetValue.of(r);
    }
    throw a.mustBeOneOf(0, "number, set");
  }

  private static Value div(Args a, BuiltinContext c) throws BuiltinException {
    BigDecimal x = a.number(0).value();
    BigDecimal y = a.number(1).value();
    if (y.signum() == 0) throw a.error("divide by zero");
    return num(x.divide(y, DIV));
  }

  private static Value rem(Args a, BuiltinContext c) throws BuiltinException {
    NumberValue x = a.number(0);
    NumberValue y = a.number(1);
    if (!x.isInteger() || !y.isInteger()) throw a.error("modulo on floating-point number");
    if (y.value().signum() == 0) throw a.error("modulo by zero");
    return num(new BigDecimal(x.value().toBigIntegerExact().remainder(y.value().toBigIntegerExact())));
  }

  private static Value count(Args a, BuiltinContext c) throws BuiltinException {
    Value v = a.get(0);
    if (v instanceof ArrayValue x) return NumberValue.of(x.size());
    if (v instanceof SetValue x) return NumberValue.of(x.size());
    if (v instanceof ObjectValue x) return NumberValue.of(x.size());
    if (v instanceof StringValue s) return NumberValue.of(s.value().codePointCount(0, s.value().length()));
    throw a.mustBeOneOf(0, "array, object, set, string");
  }

  private static Value slice(Args a, BuiltinContext c) throws BuiltinException {
    List<Value> xs = a.array(0).elements();
    long start = a.integer(1).longValue();
    long stop = a.integer(2).longValue();
    if (start < 0) start = 0;
    if (stop > xs.size()) stop = xs.size();
    if (start >= stop) return ArrayValue.EMPTY;
    return new ArrayValue(xs.subList((int) start, (int) stop));
  }

  /** Flattens one level of nesting, as OPA does. */
  private static void flatten(ArrayValue a, List<Value> out) {
    for (Value v : a.elements()) {
      if (v instanceof ArrayValue inner) {
        out.addAll(inner.elements());
      } else {
        out.add(v);
      }
    }
  }

  private static boolean member(Value x, Value coll) {
    if (coll instanceof SetValue s) return s.contains(x);
    if (coll instanceof ArrayValue a) return a.elements().contains(x);
    if (coll instanceof ObjectValue o) return o.entries().containsValue(x);
    return false;
  }

  private static boolean member3(Value k, Value v, Value coll) {
    if (coll instanceof ArrayValue a) {
      if (!(k instanceof NumberValue n)) return false;
      Integer i = n.intValueOrNull();
      return i != null && i >= 0 && i < a.size() && a.get(i).equals(v);
    }
    if (coll instanceof ObjectValue o) {
      Value x = o.get(k);
      return x != null && x.equals(v);
    }
    if (coll instanceof SetValue s) return k.equals(v) && s.contains(v);
    return false;
  }

  private static List<Value> neighbours(ObjectValue graph, Value node) {
    Value edges = graph.get(node);
    if (edges instanceof ArrayValue a) return a.elements();
    if (edges instanceof SetValue s) return new ArrayList<>(s.elements());
    return List.of();
  }

  private static Value reachable(Args a, BuiltinContext c) throws BuiltinException {
    ObjectValue graph = a.object(0);
    List<Value> initial = a.collection(1, "array, set");
    Set<Value> seen = new TreeSet<>();
    Deque<Value> queue = new ArrayDeque<>();
    for (Value v : initial) {
      if (graph.get(v) != null && seen.add(v)) queue.add(v);
    }
    while (!queue.isEmpty()) {
      for (Value n : neighbours(graph, queue.poll())) {
        if (seen.add(n)) queue.add(n);
      }
    }
    return SetValue.of(new ArrayList<>(seen));
  }

  /**
   * Paths from each initial node, one depth-first walk per outgoing edge of it; a walk stops at a node
   * that has no edges, is not in the graph (the path then ends before it) or was already reached in the
   * same walk (OPA's semantics).
   */
  private static Value reachablePaths(Args a, BuiltinContext c) throws BuiltinException {
    ObjectValue graph = a.object(0);
    List<Value> initial = a.collection(1, "array, set");
    Set<Value> paths = new TreeSet<>();
    for (Value start : initial) {
      if (graph.get(start) == null) continue;
      List<Value> first = neighbours(graph, start);
      if (first.isEmpty()) {
        paths.add(ArrayValue.of(start));
        continue;
      }
      for (Value n : first) {
        Set<Value> reached = new TreeSet<>();
        reached.add(start);
        List<Value> path = new ArrayList<>();
        path.add(start);
        walkPaths(graph, n, path, reached, paths);
      }
    }
    return SetValue.of(new ArrayList<>(paths));
  }

  private static void walkPaths(ObjectValue graph, Value node, List<Value> path, Set<Value> reached, Set<Value> out) {
    if (graph.get(node) == null) {
      out.add(new ArrayValue(path));
      return;
    }
    reached.add(node);
    List<Value> here = new ArrayList<>(path);
    here.add(node);
    List<Value> next = neighbours(graph, node);
    if (next.isEmpty()) {
      out.add(new ArrayValue(here));
      return;
    }
    for (Value n : next) {
      if (reached.contains(n)) {
        out.add(new ArrayValue(here));
      } else {
        walkPaths(graph, n, here, reached, out);
      }
    }
  }

}
