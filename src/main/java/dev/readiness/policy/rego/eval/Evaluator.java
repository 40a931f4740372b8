package dev.readiness.policy.rego.eval;

import dev.readiness.policy.rego.compile.RegoError;
import dev.readiness.policy.rego.ast.Expr;
import dev.readiness.policy.rego.ast.Location;
import dev.readiness.policy.rego.ast.Rule;
import dev.readiness.policy.rego.ast.Term;
import dev.readiness.policy.rego.builtins.Builtin;
import dev.readiness.policy.rego.builtins.BuiltinContext;
import dev.readiness.policy.rego.builtins.BuiltinException;
import dev.readiness.policy.rego.builtins.BuiltinRegistry;
import dev.readiness.policy.rego.builtins.RegoText;
import dev.readiness.policy.rego.builtins.RelationBuiltin;
import dev.readiness.policy.rego.compile.CompiledPolicy;
import dev.readiness.policy.rego.compile.Compiler;
import dev.readiness.policy.rego.compile.RuleNode;
import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.BoolValue;
import dev.readiness.policy.rego.value.NumberValue;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.SetValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Top-down evaluation with backtracking. Every evaluation step takes a continuation; a continuation
 * returns true to stop the enumeration early (used by {@code not}, {@code every} and constant rules).
 * One instance evaluates one query; it is not thread-safe.
 */
public final class Evaluator {
  /** Continuation after an expression succeeded with the current bindings. */
  interface K {
    boolean run();
  }

  /** Continuation receiving a value. */
  interface VK {
    boolean accept(Value v);
  }

  private static final Set<String> NO_SHADOW = Set.of();

  private final CompiledPolicy policy;
  private final Map<List<Expr>, Set<String>> closureLocals;
  private final BuiltinRegistry builtins;
  private final BuiltinContext bctx;
  private final Value baseData;
  private Budget budget;
  private final Set<RuleNode> inProgress = new HashSet<>();
  private final Set<String> fnInProgress = new HashSet<>();
  private final Map<String, RuleNode> fnNodes = new HashMap<>();
  private Ctx ctx;
  /** The rule whose body is being evaluated (for rego.metadata.*), or null in queries. */
  private Rule currentRule;
  private Metadata metadata;

  public Evaluator(CompiledPolicy policy, Map<List<Expr>, Set<String>> closureLocals, BuiltinRegistry builtins,
                   BuiltinContext bctx, Value baseData, Value input, Budget budget) {
    this.policy = policy;
    this.closureLocals = closureLocals;
    this.builtins = builtins;
    this.bctx = bctx;
    this.baseData = baseData;
    this.budget = budget;
    this.ctx = new Ctx(input, new ArrayList<>(), new HashMap<>());
  }

  /** Evaluates a compiled query and returns the bindings of the named variables for every solution. */
  public List<Map<String, Value>> query(List<Expr> body, List<String> vars) {
    List<Map<String, Value>> out = new ArrayList<>();
    Frame f = new Frame(null, NO_SHADOW);
    evalBody(body, 0, f, () -> {
      Map<String, Value> m = new LinkedHashMap<>();
      for (String v : vars) {
        Value x = f.get(v);
        if (x != null) m.put(v, x);
      }
      out.add(m);
      budget.step();
      return false;
    });
    return out;
  }

  /**
   * Gives the next evaluations a fresh budget. Values already computed stay cached, so one evaluator
   * can answer several entrypoints for the same input, each within its own limits.
   */
  public void resetBudget(Budget next) { this.budget = next; }

  /** The value of a document under data (path of string keys), or null when undefined. */
  public Value document(List<Value> path) {
    Value[] result = {null};
    List<Term> terms = new ArrayList<>();
    for (Value v : path) terms.add(new Term.Scalar(v, null));
    walkData(policy.root(), baseData, new ArrayList<>(), terms, 0, new Frame(null, NO_SHADOW), v -> {
      result[0] = v;
      return true;
    });
    return result[0];
  }

  /**
   * The value of one definition (0-based, in module order) of the complete rule at a path, evaluated alone,
   * or null when undefined: {@code opa test} runs each definition of a test rule separately.
   */
  public Value definition(List<Value> path, int index) {
    RuleNode node = policy.root().find(path);
    if (node == null || index >= node.complete().size()) return null;
    Value[] res = {null};
    evalChain(node.complete().get(index), null, v -> {
      res[0] = v;
      return true;
    });
    return res[0];
  }

  // ---------------------------------------------------------------- bodies and expressions

  private boolean evalBody(List<Expr> body, int i, Frame f, K k) {
    if (i == body.size()) return k.run();
    budget.step();
    return evalExpr(body.get(i), f, () -> evalBody(body, i + 1, f, k));
  }

  private boolean evalExpr(Expr e, Frame f, K k) {
    if (e.withs().isEmpty()) return evalExprInner(e, f, k);
    Ctx saved = ctx;
    return withCtx(e.withs(), 0, f, saved.copyForWith(), nc -> {
      ctx = nc;
      try {
        return evalExprInner(e, f, () -> {
          ctx = saved;
          try {
            return k.run();
          } finally {
            ctx = nc;
          }
        });
      } finally {
        ctx = saved;
      }
    });
  }

  private interface CtxK {
    boolean run(Ctx c);
  }

  private boolean withCtx(List<Expr.With> withs, int i, Frame f, Ctx nc, CtxK k) {
    if (i == withs.size()) return k.run(nc);
    Expr.With w = withs.get(i);
    Term target = w.target();
    Term value = w.value();
    if (value instanceof Term.Var fv && fv.name().startsWith(Compiler.functionValuePrefix())) {
      String fn = fv.name().substring(Compiler.functionValuePrefix().length());
      Ctx c = nc.copyForWith();
      c.mocks.put(mockName(target, f), fn);
      return withCtx(withs, i + 1, f, c, k);
    }
    return evalTerm(value, f, v -> {
      Ctx c = nc.copyForWith();
      applyWith(c, target, v, f);
      return withCtx(withs, i + 1, f, c, k);
    });
  }

  private String mockName(Term target, Frame f) {
    if (target instanceof Term.Var v) return v.name();
    Term.Ref r = (Term.Ref) target;
    StringBuilder sb = new StringBuilder(((Term.Var) r.head()).name());
    for (Term t : r.path()) sb.append('.').append(((StringValue) ((Term.Scalar) t).value()).value());
    return sb.toString();
  }

  private void applyWith(Ctx c, Term target, Value v, Frame f) {
    if (target instanceof Term.Var tv) {
      if (tv.name().equals("input")) {
        c.input = v;
      } else if (tv.name().equals("data")) {
        c.overrides.removeIf(o -> true);
        c.overrides.add(new Ctx.DataOverride(List.of(), v));
      } else {
        c.mocks.put(tv.name(), v);
      }
      return;
    }
    Term.Ref r = (Term.Ref) target;
    List<Value> path = new ArrayList<>();
    for (Term t : r.path()) {
      Value[] kv = {null};
      evalTerm(t, f, x -> {
        kv[0] = x;
        return true;
      });
      if (kv[0] == null) throw new RegoError("eval_type_error", "with target path is undefined", target.loc());
      path.add(kv[0]);
    }
    String root = ((Term.Var) r.head()).name();
    if (root.equals("input")) {
      c.input = upsert(c.input, path, 0, v);
      return;
    }
    RuleNode node = policy.root().find(path);
    if (node != null && node.isFunction()) {
      c.mocks.put("data." + joinPath(path), v);
      return;
    }
    c.overrides.removeIf(o -> o.path().size() >= path.size() && o.path().subList(0, path.size()).equals(path));
    c.overrides.add(new Ctx.DataOverride(List.copyOf(path), v));
  }

  private static String joinPath(List<Value> path) {
    StringBuilder sb = new StringBuilder();
    for (Value v : path) {
      if (sb.length() > 0) sb.append('.');
      sb.append(v instanceof StringValue s ? s.value() : v.toString());
    }
    return sb.toString();
  }

  private static Value upsert(Value base, List<Value> path, int i, Value v) {
    if (i == path.size()) return v;
    TreeMap<Value, Value> m = new TreeMap<>();
    if (base instanceof ObjectValue o) m.putAll(o.entries());
    Value child = m.get(path.get(i));
    m.put(path.get(i), upsert(child, path, i + 1, v));
    return ObjectValue.of(m);
  }

  private boolean evalExprInner(Expr e, Frame f, K k) {
    if (e instanceof Expr.TermExpr te) {
      if (te.negated()) {
        boolean found = evalTermExpr(te.term(), f, () -> true);
        return !found && k.run();
      }
      return evalTermExpr(te.term(), f, k);
    }
    if (e instanceof Expr.SomeDecl) return k.run();
    if (e instanceof Expr.SomeIn si) {
      return evalTerm(si.collection(), f, coll -> iterate(coll, (key, val) -> {
        if (si.key() == null) return unifyValue(si.value(), val, f, k);
        return unifyValue(si.key(), key, f, () -> unifyValue(si.value(), val, f, k));
      }));
    }
    Expr.Every ev = (Expr.Every) e;
    Set<String> shadow = closureLocals.getOrDefault(ev.body(), NO_SHADOW);
    return evalTerm(ev.domain(), f, dom -> {
      if (!(dom instanceof ArrayValue || dom instanceof ObjectValue || dom instanceof SetValue)) return false;
      boolean[] ok = {true};
      iterate(dom, (key, val) -> {
        Frame child = new Frame(f, shadow);
        if (ev.key() != null) child.bind(ev.key().name(), key);
        child.bind(ev.value().name(), val);
        boolean found = evalBody(ev.body(), 0, child, () -> true);
        if (!found) {
          ok[0] = false;
          return true;
        }
        return false;
      });
      return ok[0] && k.run();
    });
  }

  private interface KV {
    boolean accept(Value key, Value value);
  }

  private boolean iterate(Value coll, KV kv) {
    if (coll instanceof ArrayValue a) {
      for (int i = 0; i < a.size(); i++) {
        budget.step();
        if (kv.accept(NumberValue.of(i), a.get(i))) return true;
      }
    } else if (coll instanceof ObjectValue o) {
      for (Map.Entry<Value, Value> en : o.entries().entrySet()) {
        budget.step();
        if (kv.accept(en.getKey(), en.getValue())) return true;
      }
    } else if (coll instanceof SetValue s) {
      for (Value v : s) {
        budget.step();
        if (kv.accept(v, v)) return true;
      }
    }
    return false;
  }

  private boolean evalTermExpr(Term t, Frame f, K k) {
    if (t instanceof Term.Call c && (c.name().equals("eq") || c.name().equals("assign"))) {
      return unify(c.args().get(0), c.args().get(1), f, k);
    }
    return evalTerm(t, f, v -> (v instanceof BoolValue b && !b.value()) ? false : k.run());
  }

  // ---------------------------------------------------------------- unification

  private boolean isPattern(Term t, Frame f) {
    if (t instanceof Term.Var v) {
      return !v.name().equals("input") && !v.name().equals("data") && f.get(v.name()) == null;
    }
    if (t instanceof Term.Arr a) {
      for (Term x : a.items()) if (isPattern(x, f)) return true;
      return false;
    }
    if (t instanceof Term.Obj o) {
      for (Term.Pair p : o.entries()) if (isPattern(p.value(), f)) return true;
      return false;
    }
    return false;
  }

  private boolean unify(Term a, Term b, Frame f, K k) {
    boolean pa = isPattern(a, f);
    boolean pb = isPattern(b, f);
    if (pa && !pb) return evalTerm(b, f, bv -> unifyValue(a, bv, f, k));
    if (pb && !pa) return evalTerm(a, f, av -> unifyValue(b, av, f, k));
    if (!pa) return evalTerm(a, f, av -> evalTerm(b, f, bv -> av.equals(bv) && k.run()));
    if (a instanceof Term.Arr la && b instanceof Term.Arr lb) {
      if (la.items().size() != lb.items().size()) return false;
      List<Term[]> pairs = new ArrayList<>();
      for (int i = 0; i < la.items().size(); i++) pairs.add(new Term[] {la.items().get(i), lb.items().get(i)});
      return unifyPairs(pairs, f, k, a.loc());
    }
    if (a instanceof Term.Obj oa && b instanceof Term.Obj ob) {
      if (oa.entries().size() != ob.entries().size()) return false;
      return evalObjKeys(oa, f, ka -> evalObjKeys(ob, f, kb -> {
        List<Term[]> pairs = new ArrayList<>();
        for (Map.Entry<Value, Term> e : ka.entrySet()) {
          Term other = kb.get(e.getKey());
          if (other == null) return false;
          pairs.add(new Term[] {e.getValue(), other});
        }
        return unifyPairs(pairs, f, k, a.loc());
      }));
    }
    if ((a instanceof Term.Arr && b instanceof Term.Obj) || (a instanceof Term.Obj && b instanceof Term.Arr)) return false;
    throw new RegoError("rego_unsafe_var_error", "unification of two unbound terms", a.loc());
  }

  private interface MapK {
    boolean accept(Map<Value, Term> m);
  }

  private boolean evalObjKeys(Term.Obj o, Frame f, MapK k) {
    return evalObjKeys(o, 0, new TreeMap<>(), f, k);
  }

  private boolean evalObjKeys(Term.Obj o, int i, TreeMap<Value, Term> acc, Frame f, MapK k) {
    if (i == o.entries().size()) return k.accept(acc);
    Term.Pair p = o.entries().get(i);
    return evalTerm(p.key(), f, kv -> {
      TreeMap<Value, Term> next = new TreeMap<>(acc);
      next.put(kv, p.value());
      return evalObjKeys(o, i + 1, next, f, k);
    });
  }

  private boolean unifyPairs(List<Term[]> pairs, Frame f, K k, Location loc) {
    if (pairs.isEmpty()) return k.run();
    for (int i = 0; i < pairs.size(); i++) {
      Term[] p = pairs.get(i);
      boolean both = isPattern(p[0], f) && isPattern(p[1], f);
      boolean composite = (p[0] instanceof Term.Arr || p[0] instanceof Term.Obj)
          && (p[1] instanceof Term.Arr || p[1] instanceof Term.Obj);
      if (!both || composite) {
        List<Term[]> rest = new ArrayList<>(pairs);
        rest.remove(i);
        return unify(p[0], p[1], f, () -> unifyPairs(rest, f, k, loc));
      }
    }
    throw new RegoError("rego_unsafe_var_error", "unification of two unbound terms", loc);
  }

  private boolean unifyValue(Term p, Value v, Frame f, K k) {
    if (p instanceof Term.Var var) {
      if (var.name().equals("input") || var.name().equals("data")) {
        return evalTerm(p, f, pv -> pv.equals(v) && k.run());
      }
      Value bound = f.get(var.name());
      if (bound != null) return bound.equals(v) && k.run();
      f.bind(var.name(), v);
      try {
        return k.run();
      } finally {
        f.unbind(var.name());
      }
    }
    if (p instanceof Term.Arr a && isPattern(p, f)) {
      if (!(v instanceof ArrayValue av) || av.size() != a.items().size()) return false;
      return unifyElems(a.items(), av.elements(), 0, f, k);
    }
    if (p instanceof Term.Obj o && isPattern(p, f)) {
      if (!(v instanceof ObjectValue ov) || ov.size() != o.entries().size()) return false;
      return unifyEntries(o, 0, ov, f, k);
    }
    return evalTerm(p, f, pv -> pv.equals(v) && k.run());
  }

  private boolean unifyElems(List<Term> ps, List<Value> vs, int i, Frame f, K k) {
    if (i == ps.size()) return k.run();
    return unifyValue(ps.get(i), vs.get(i), f, () -> unifyElems(ps, vs, i + 1, f, k));
  }

  private boolean unifyEntries(Term.Obj o, int i, ObjectValue ov, Frame f, K k) {
    if (i == o.entries().size()) return k.run();
    Term.Pair p = o.entries().get(i);
    return evalTerm(p.key(), f, kv -> {
      Value val = ov.get(kv);
      return val != null && unifyValue(p.value(), val, f, () -> unifyEntries(o, i + 1, ov, f, k));
    });
  }

  // ---------------------------------------------------------------- terms

  private boolean evalTerm(Term t, Frame f, VK k) {
    if (t instanceof Term.Scalar s) return k.accept(s.value());
    if (t instanceof Term.Var v) {
      String n = v.name();
      if (n.equals("input")) {
        Value in = ctx.effectiveInput();
        return in != null && k.accept(in);
      }
      if (n.equals("data")) {
        Value d = walkDataValue();
        return d != null && k.accept(d);
      }
      Value x = f.get(n);
      if (x == null) {
        throw new RegoError("rego_unsafe_var_error", "var " + (v.isWildcard() ? "_" : n) + " is unsafe", v.loc());
      }
      return k.accept(x);
    }
    if (t instanceof Term.Ref r) return evalRef(r, f, k);
    if (t instanceof Term.Call c) return evalCall(c, f, k);
    if (t instanceof Term.Arr a) {
      return evalList(a.items(), 0, new Value[a.items().size()], f, vals -> k.accept(new ArrayValue(List.of(vals))));
    }
    if (t instanceof Term.SetTerm s) {
      return evalList(s.items(), 0, new Value[s.items().size()], f, vals -> k.accept(SetValue.of(vals)));
    }
    if (t instanceof Term.Obj o) {
      List<Term> flat = new ArrayList<>();
      for (Term.Pair p : o.entries()) {
        flat.add(p.key());
        flat.add(p.value());
      }
      return evalList(flat, 0, new Value[flat.size()], f, vals -> {
        TreeMap<Value, Value> m = new TreeMap<>();
        for (int i = 0; i < vals.length; i += 2) m.put(vals[i], vals[i + 1]);
        return k.accept(ObjectValue.of(m));
      });
    }
    if (t instanceof Term.ArrayCompr c) {
      List<Value> out = new ArrayList<>();
      Frame child = new Frame(f, closureLocals.getOrDefault(c.body(), NO_SHADOW));
      evalBody(c.body(), 0, child, () -> evalTerm(c.head(), child, v -> {
        out.add(v);
        budget.step();
        budget.checkSize(out.size());
        return false;
      }));
      return k.accept(new ArrayValue(out));
    }
    if (t instanceof Term.SetCompr c) {
      TreeSet<Value> out = new TreeSet<>();
      Frame child = new Frame(f, closureLocals.getOrDefault(c.body(), NO_SHADOW));
      evalBody(c.body(), 0, child, () -> evalTerm(c.head(), child, v -> {
        out.add(v);
        budget.step();
        budget.checkSize(out.size());
        return false;
      }));
      return k.accept(SetValue.of(out));
    }
    if (t instanceof Term.ObjectCompr c) {
      TreeMap<Value, Value> out = new TreeMap<>();
      Frame child = new Frame(f, closureLocals.getOrDefault(c.body(), NO_SHADOW));
      evalBody(c.body(), 0, child, () -> evalTerm(c.key(), child, kv -> evalTerm(c.value(), child, vv -> {
        Value prev = out.put(kv, vv);
        if (prev != null && !prev.equals(vv)) {
          throw new RegoError("eval_conflict_error", "object keys must be unique", c.loc());
        }
        budget.step();
        budget.checkSize(out.size());
        return false;
      })));
      return k.accept(ObjectValue.of(out));
    }
    return evalTemplate((Term.Template) t, f, k);
  }

  private interface ArrK {
    boolean accept(Value[] vals);
  }

  private boolean evalList(List<Term> ts, int i, Value[] acc, Frame f, ArrK k) {
    if (i == ts.size()) return k.accept(acc.clone());
    return evalTerm(ts.get(i), f, v -> {
      acc[i] = v;
      return evalList(ts, i + 1, acc, f, k);
    });
  }

  private boolean evalTemplate(Term.Template tp, Frame f, VK k) {
    StringBuilder sb = new StringBuilder();
    for (Expr part : tp.parts()) {
      Expr.TermExpr te = (Expr.TermExpr) part;
      if (te.term() instanceof Term.Scalar s && s.value() instanceof StringValue sv && te.withs().isEmpty()) {
        sb.append(sv.value());
        continue;
      }
      List<Value> vals = new ArrayList<>();
      K collect = () -> evalTerm(te.term(), f, v -> {
        vals.add(v);
        return true;
      });
      if (te.withs().isEmpty()) {
        collect.run();
      } else {
        Ctx saved = ctx;
        withCtx(te.withs(), 0, f, saved.copyForWith(), nc -> {
          ctx = nc;
          try {
            return collect.run();
          } finally {
            ctx = saved;
          }
        });
      }
      if (vals.isEmpty()) {
        sb.append("<undefined>");
      } else {
        Value v = vals.get(0);
        sb.append(v instanceof StringValue s ? s.value() : RegoText.render(v));
      }
    }
    return k.accept(StringValue.of(sb.toString()));
  }

  // ---------------------------------------------------------------- references

  private boolean evalRef(Term.Ref r, Frame f, VK k) {
    Term head = r.head();
    if (head instanceof Term.Var v) {
      if (v.name().equals("data")) {
        return walkData(policy.root(), baseData, new ArrayList<>(), r.path(), 0, f, k);
      }
      if (v.name().equals("input")) {
        Value in = ctx.effectiveInput();
        return in != null && applyPath(in, r.path(), 0, f, k);
      }
    }
    return evalTerm(head, f, hv -> applyPath(hv, r.path(), 0, f, k));
  }

  private boolean applyPath(Value v, List<Term> path, int i, Frame f, VK k) {
    if (i == path.size()) return k.accept(v);
    Term key = path.get(i);
    if (!isPattern(key, f)) {
      return evalTerm(key, f, kv -> {
        Value child = lookup(v, kv);
        return child != null && applyPath(child, path, i + 1, f, k);
      });
    }
    return iterate(v, (kk, vv) -> unifyValue(key, kk, f, () -> applyPath(vv, path, i + 1, f, k)));
  }

  static Value lookup(Value v, Value key) {
    if (v instanceof ObjectValue o) return o.get(key);
    if (v instanceof ArrayValue a) {
      if (!(key instanceof NumberValue n)) return null;
      Integer idx = n.intValueOrNull();
      return idx == null || idx < 0 || idx >= a.size() ? null : a.get(idx);
    }
    if (v instanceof SetValue s) return s.contains(key) ? key : null;
    return null;
  }

  private Value walkDataValue() {
    Value[] out = {null};
    walkData(policy.root(), baseData, new ArrayList<>(), List.of(), 0, new Frame(null, NO_SHADOW), v -> {
      out[0] = v;
      return true;
    });
    return out[0];
  }

  private boolean walkData(RuleNode node, Value base, List<Value> cur, List<Term> path, int i, Frame f, VK k) {
    Value ov = ctx.overrideAt(cur);
    if (ov != null) return applyPath(ov, path, i, f, k);
    if (node == null) {
      Value b = applyDeeperOverrides(base, cur);
      if (b == null) return false;
      if (i < path.size() && b instanceof ObjectValue && !isPattern(path.get(i), f)) {
        // base documents: numeric keys address the decimal-text key, as in OPA's store
        return evalTerm(path.get(i), f, kv -> {
          Value child = baseChild(b, kv);
          List<Value> next = new ArrayList<>(cur);
          next.add(kv);
          return child != null && walkData(null, child, next, path, i + 1, f, k);
        });
      }
      return applyPath(b, path, i, f, k);
    }
    if (node.hasValueRules() || i == path.size()) {
      Value v = nodeValue(node, base, cur);
      return v != null && applyPath(v, path, i, f, k);
    }
    Term key = path.get(i);
    if (!isPattern(key, f)) {
      return evalTerm(key, f, kv -> descend(node, base, cur, kv, path, i, f, k));
    }
    TreeSet<Value> keys = new TreeSet<>();
    for (Map.Entry<Value, RuleNode> c : node.children().entrySet()) {
      if (c.getValue().hasValues()) keys.add(c.getKey());
    }
    if (base instanceof ObjectValue bo) keys.addAll(bo.entries().keySet());
    for (Ctx.DataOverride o : ctx.overrides) {
      if (o.path().size() > cur.size() && o.path().subList(0, cur.size()).equals(cur)) keys.add(o.path().get(cur.size()));
    }
    for (Value kv : keys) {
      budget.step();
      if (unifyValue(key, kv, f, () -> descend(node, base, cur, kv, path, i, f, k))) return true;
    }
    return false;
  }

  private boolean descend(RuleNode node, Value base, List<Value> cur, Value kv, List<Term> path, int i, Frame f, VK k) {
    RuleNode child = node.children().get(kv);
    if (child != null && !child.hasValues()) child = null;
    Value cb = baseChild(base, kv);
    // base documents take precedence over rules defined at the same path
    if (cb != null && child != null && child.hasValueRules()) child = null;
    List<Value> next = new ArrayList<>(cur);
    next.add(kv);
    if (child == null && cb == null && !ctx.hasOverrideBelow(next)) return false;
    return walkData(child, cb, next, path, i + 1, f, k);
  }

  /** A child of a base document; the data store keys numbers by their decimal text, as OPA's does. */
  private static Value baseChild(Value base, Value key) {
    if (!(base instanceof ObjectValue bo)) return null;
    Value v = bo.get(key);
    if (v == null && key instanceof NumberValue n) v = bo.get(StringValue.of(n.toString()));
    return v;
  }

  private Value applyDeeperOverrides(Value v, List<Value> cur) {
    for (Ctx.DataOverride o : ctx.overrides) {
      if (o.path().size() > cur.size() && o.path().subList(0, cur.size()).equals(cur)) {
        v = upsert(v, o.path(), cur.size(), o.value());
      }
    }
    return v;
  }

  // ---------------------------------------------------------------- virtual documents

  private Value nodeValue(RuleNode node, Value base, List<Value> cur) {
    Value ov = ctx.overrideAt(cur);
    if (ov != null) return ov;
    Optional<Value> cached = ctx.cache.get(node);
    if (cached != null) return cached.orElse(null);
    if (!inProgress.add(node)) {
      throw new RegoError("rego_recursion_error", "rule data." + joinPath(cur) + " is recursive", locationOf(node));
    }
    Value v;
    try {
      if (!node.complete().isEmpty() || node.defaultRule() != null) {
        v = evalComplete(node);
      } else if (!node.multi().isEmpty()) {
        TreeSet<Value> set = new TreeSet<>();
        for (Rule r : node.multi()) evalMulti(r, set);
        v = SetValue.of(set);
      } else if (node.children().isEmpty() && node.dynamic().isEmpty() && base != null
          && !(base instanceof ObjectValue)) {
        v = base;
      } else {
        MObj obj = new MObj();
        if (base instanceof ObjectValue bo) obj.m.putAll(bo.entries());
        for (Map.Entry<Value, RuleNode> c : node.children().entrySet()) {
          if (!c.getValue().hasValues()) continue;
          Value cb = base instanceof ObjectValue bo ? bo.get(c.getKey()) : null;
          if (cb != null && c.getValue().hasValueRules()) continue;
          List<Value> next = new ArrayList<>(cur);
          next.add(c.getKey());
          Value cv = nodeValue(c.getValue(), cb, next);
          if (cv != null) {
            obj.m.put(c.getKey(), cv);
          } else {
            obj.m.remove(c.getKey());
          }
        }
        for (Rule r : node.dynamic()) evalDynamic(r, cur.size(), obj);
        v = obj.toValue();
      }
      v = applyDeeperOverrides(v, cur);
    } finally {
      inProgress.remove(node);
    }
    ctx.cache.put(node, Optional.ofNullable(v));
    return v;
  }

  private static Location locationOf(RuleNode node) {
    if (!node.complete().isEmpty()) return node.complete().get(0).loc();
    if (!node.multi().isEmpty()) return node.multi().get(0).loc();
    if (!node.dynamic().isEmpty()) return node.dynamic().get(0).loc();
    if (!node.functions().isEmpty()) return node.functions().get(0).loc();
    return null;
  }

  private Value evalComplete(RuleNode node) {
    Value[] res = {null};
    for (Rule r : node.complete()) {
      evalChain(r, null, v -> {
        if (res[0] == null) {
          res[0] = v;
        } else if (!res[0].equals(v)) {
          throw new RegoError("eval_conflict_error", "complete rules must not produce multiple outputs", r.loc());
        }
        return false;
      });
    }
    if (res[0] == null && node.defaultRule() != null) {
      evalTerm(node.defaultRule().value(), new Frame(null, NO_SHADOW), v -> {
        res[0] = v;
        return true;
      });
    }
    return res[0];
  }

  /**
   * Evaluates a rule (with its else chain) and passes each value it produces; args are the function
   * arguments or null. Constant-valued rules stop after their first solution.
   */
  private void evalChain(Rule r, List<Value> args, VK out) {
    Rule saved = currentRule;
    currentRule = r;
    try {
      evalChainIn(r, args, out);
    } finally {
      currentRule = saved;
    }
  }

  private void evalChainIn(Rule r, List<Value> args, VK out) {
    Frame fr = new Frame(null, NO_SHADOW);
    boolean[] found = {false};
    boolean constant = r.value() instanceof Term.Scalar;
    K body = () -> evalBody(r.body(), 0, fr, () -> {
      found[0] = true;
      evalTerm(r.value(), fr, out);
      return constant;
    });
    if (args == null) {
      body.run();
    } else {
      unifyElems(r.args(), args, 0, fr, body);
    }
    if (!found[0] && r.elseRule() != null) evalChain(r.elseRule(), args, out);
  }

  private void evalMulti(Rule r, TreeSet<Value> set) {
    Rule saved = currentRule;
    currentRule = r;
    try {
      evalMultiIn(r, set);
    } finally {
      currentRule = saved;
    }
  }

  private void evalMultiIn(Rule r, TreeSet<Value> set) {
    Frame fr = new Frame(null, NO_SHADOW);
    evalBody(r.body(), 0, fr, () -> evalTerm(r.key(), fr, v -> {
      set.add(v);
      budget.step();
      budget.checkSize(set.size());
      return false;
    }));
  }

  private void evalDynamic(Rule r, int prefix, MObj target) {
    List<Term> rest = r.ref().subList(prefixLength(r), r.ref().size());
    evalDynamicChain(r, rest, target);
  }

  private static int prefixLength(Rule r) {
    int n = 0;
    while (n < r.ref().size() && r.ref().get(n) instanceof Term.Scalar s && s.value() instanceof StringValue) n++;
    return n;
  }

  private void evalDynamicChain(Rule r, List<Term> rest, MObj target) {
    Rule saved = currentRule;
    currentRule = r;
    try {
      evalDynamicChainIn(r, rest, target);
    } finally {
      currentRule = saved;
    }
  }

  private void evalDynamicChainIn(Rule r, List<Term> rest, MObj target) {
    Frame fr = new Frame(null, NO_SHADOW);
    boolean[] found = {false};
    evalBody(r.body(), 0, fr, () -> {
      found[0] = true;
      return evalList(rest, 0, new Value[rest.size()], fr, keys -> {
        if (r.kind() == Rule.Kind.MULTI) {
          return evalTerm(r.key(), fr, v -> {
            target.insertMulti(keys, v, r.loc());
            return false;
          });
        }
        return evalTerm(r.value(), fr, v -> {
          target.insertSingle(keys, v, r.loc());
          return false;
        });
      });
    });
    if (!found[0] && r.elseRule() != null) evalDynamicChain(r.elseRule(), rest, target);
  }

  /** Mutable object tree used while several rules contribute to one document. */
  private static final class MObj {
    final TreeMap<Value, Object> m = new TreeMap<>();

    private MObj descend(Value[] keys, int n, Location loc) {
      MObj cur = this;
      for (int i = 0; i < n; i++) {
        Object child = cur.m.get(keys[i]);
        MObj next;
        if (child == null) {
          next = new MObj();
        } else if (child instanceof MObj mo) {
          next = mo;
        } else if (child instanceof ObjectValue ov) {
          next = new MObj();
          next.m.putAll(ov.entries());
        } else {
          throw new RegoError("eval_conflict_error", "object keys must be unique", loc);
        }
        cur.m.put(keys[i], next);
        cur = next;
      }
      return cur;
    }

    void insertSingle(Value[] keys, Value v, Location loc) {
      MObj parent = descend(keys, keys.length - 1, loc);
      Value last = keys[keys.length - 1];
      Object prev = parent.m.get(last);
      if (prev == null) {
        parent.m.put(last, v);
      } else if (prev instanceof Value pv) {
        if (!pv.equals(v)) throw new RegoError("eval_conflict_error", "object keys must be unique", loc);
      } else if (!(prev instanceof MObj mo && mo.toValue().equals(v))) {
        throw new RegoError("eval_conflict_error", "object keys must be unique", loc);
      }
    }

    @SuppressWarnings("unchecked")
    void insertMulti(Value[] keys, Value v, Location loc) {
      MObj parent = descend(keys, keys.length - 1, loc);
      Value last = keys[keys.length - 1];
      Object prev = parent.m.get(last);
      TreeSet<Value> set;
      if (prev == null) {
        set = new TreeSet<>();
      } else if (prev instanceof TreeSet<?> s) {
        set = (TreeSet<Value>) s;
      } else if (prev instanceof SetValue sv) {
        set = new TreeSet<>(sv.elements());
      } else {
        throw new RegoError("eval_conflict_error", "object keys must be unique", loc);
      }
      set.add(v);
      parent.m.put(last, set);
    }

    Value toValue() {
      TreeMap<Value, Value> out = new TreeMap<>();
      for (Map.Entry<Value, Object> e : m.entrySet()) {
        Object o = e.getValue();
        Value v;
        if (o instanceof MObj mo) {
          v = mo.toValue();
        } else if (o instanceof TreeSet<?> s) {
          List<Value> l = new ArrayList<>();
          for (Object x : s) l.add((Value) x);
          v = SetValue.of(l);
        } else {
          v = (Value) o;
        }
        out.put(e.getKey(), v);
      }
      return ObjectValue.of(out);
    }
  }

  // ---------------------------------------------------------------- calls

  private int arity(String name) {
    if (name.startsWith("data.")) {
      Integer a = policy.functionArity().get(name);
      return a == null ? -1 : a;
    }
    return builtins.get(name).map(Builtin::arity).orElse(-1);
  }

  private boolean evalCall(Term.Call c, Frame f, VK k) {
    String name = c.name();
    if (name.equals("eq") || name.equals("assign")) {
      return unify(c.args().get(0), c.args().get(1), f, () -> k.accept(BoolValue.TRUE));
    }
    if (name.equals("print")) return evalPrint(c, f, k);
    if ((name.equals("rego.metadata.chain") || name.equals("rego.metadata.rule")) && !ctx.mocks.containsKey(name)) {
      if (metadata == null) metadata = new Metadata(policy);
      Value v = name.endsWith("chain") ? metadata.chain(currentRule) : metadata.rule(currentRule);
      if (c.args().size() == 1) return unifyValue(c.args().get(0), v, f, () -> k.accept(BoolValue.TRUE));
      return k.accept(v);
    }
    int arity = arity(name);
    int nIn = arity >= 0 && c.args().size() == arity + 1 ? arity : c.args().size();
    boolean out = nIn < c.args().size();
    List<Term> ins = c.args().subList(0, nIn);
    Builtin relation = ctx.mocks.containsKey(name) ? null : builtins.get(name).orElse(null);
    if (relation instanceof RelationBuiltin rb) {
      return evalArgs(ins, f, vals -> {
        List<Value> results;
        try {
          results = rb.results(List.of(vals), bctx);
        } catch (BuiltinException e) {
          if (bctx.strictBuiltinErrors()) throw new RegoError(e.code(), e.getMessage(), c.loc());
          return false;
        }
        for (Value r : results) {
          budget.step();
          if (out ? unifyValue(c.args().get(nIn), r, f, () -> k.accept(BoolValue.TRUE)) : k.accept(r)) return true;
        }
        return false;
      });
    }
    return evalArgs(ins, f, vals -> {
      Value r = invoke(name, List.of(vals), c.loc(), 0);
      if (r == null) return false;
      if (out) return unifyValue(c.args().get(nIn), r, f, () -> k.accept(BoolValue.TRUE));
      return k.accept(r);
    });
  }

  /**
   * Evaluates call arguments; arguments that are variables still unbound go last so that a sibling
   * argument can bind them first (as in {@code x == input.xs[x]}).
   */
  private boolean evalArgs(List<Term> args, Frame f, ArrK k) {
    int n = args.size();
    List<Integer> order = new ArrayList<>(n);
    List<Integer> late = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      if (args.get(i) instanceof Term.Var v && !v.name().equals("input") && !v.name().equals("data")
          && f.get(v.name()) == null) {
        late.add(i);
      } else {
        order.add(i);
      }
    }
    if (late.isEmpty()) return evalList(args, 0, new Value[n], f, k);
    order.addAll(late);
    return evalOrdered(args, order, 0, new Value[n], f, k);
  }

  private boolean evalOrdered(List<Term> ts, List<Integer> order, int i, Value[] acc, Frame f, ArrK k) {
    if (i == order.size()) return k.accept(acc.clone());
    int idx = order.get(i);
    return evalTerm(ts.get(idx), f, v -> {
      acc[idx] = v;
      return evalOrdered(ts, order, i + 1, acc, f, k);
    });
  }

  private boolean evalPrint(Term.Call c, Frame f, VK k) {
    StringBuilder sb = new StringBuilder();
    for (Term a : c.args()) {
      List<Value> vals = new ArrayList<>();
      evalTerm(a, f, v -> {
        vals.add(v);
        return false;
      });
      if (sb.length() > 0) sb.append(' ');
      if (vals.isEmpty()) {
        sb.append("<undefined>");
      } else {
        Value v = vals.get(0);
        sb.append(v instanceof StringValue s ? s.value() : RegoText.render(v));
      }
    }
    bctx.printHook().print(c.loc() == null ? null : c.loc().fileLine(), sb.toString());
    return k.accept(BoolValue.TRUE);
  }

  private Value invoke(String name, List<Value> args, Location loc, int depth) {
    Object mock = ctx.mocks.get(name);
    if (mock instanceof Value mv) return mv;
    if (mock instanceof String replacement && depth == 0) {
      // inside a replacement function the enclosing mocks do not apply (it may call the original)
      Ctx saved = ctx;
      ctx = saved.withoutMocks();
      try {
        return invoke(replacement, args, loc, depth + 1);
      } finally {
        ctx = saved;
      }
    }
    if (name.startsWith("data.")) return callFunction(name, args, loc);
    Builtin b = builtins.get(name).orElse(null);
    if (b == null) throw new RegoError("rego_type_error", "undefined function " + name, loc);
    budget.step();
    try {
      return b.call(args, bctx);
    } catch (BuiltinException e) {
      if (bctx.strictBuiltinErrors()) {
        String msg = e.getMessage() != null && e.getMessage().startsWith(name + ":") ? e.getMessage()
            : name + ": " + e.getMessage();
        throw new RegoError(e.code(), msg, loc);
      }
      return null;
    } catch (RegoError e) {
      throw e;
    } catch (RuntimeException e) {
      if (bctx.strictBuiltinErrors()) {
        throw new RegoError("eval_builtin_error", name + ": " + e.getMessage(), loc);
      }
      return null;
    }
  }

  private Value callFunction(String name, List<Value> args, Location loc) {
    RuleNode node = fnNodes.computeIfAbsent(name, n -> {
      List<Value> path = new ArrayList<>();
      for (String s : n.substring(5).split("\\.")) path.add(StringValue.of(s));
      return policy.root().find(path);
    });
    if (node == null) throw new RegoError("rego_type_error", "undefined function " + name, loc);
    Ctx callCtx = ctx;
    Ctx.FunctionCall call = new Ctx.FunctionCall(name, List.copyOf(args));
    Optional<Value> memo = callCtx.calls.get(call);
    if (memo != null) return memo.orElse(null);
    Value result = evalFunction(node, name, args, loc);
    callCtx.calls.put(call, Optional.ofNullable(result));
    return result;
  }

  private Value evalFunction(RuleNode node, String name, List<Value> args, Location loc) {
    if (!fnInProgress.add(name)) {
      throw new RegoError("rego_recursion_error", "function " + name + " is recursive", loc);
    }
    Value[] res = {null};
    try {
      for (Rule r : node.functions()) {
        if (r.args().size() != args.size()) continue;
        evalChain(r, args, v -> {
          if (res[0] == null) {
            res[0] = v;
          } else if (!res[0].equals(v)) {
            throw new RegoError("eval_conflict_error", "functions must not produce multiple outputs for same inputs",
                r.loc());
          }
          return false;
        });
      }
      if (res[0] == null && node.defaultFunction() != null) {
        evalTerm(node.defaultFunction().value(), new Frame(null, NO_SHADOW), v -> {
          res[0] = v;
          return true;
        });
      }
    } finally {
      fnInProgress.remove(name);
    }
    return res[0];
  }
}
