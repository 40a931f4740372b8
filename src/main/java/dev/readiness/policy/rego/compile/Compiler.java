package dev.readiness.policy.rego.compile;

import dev.readiness.policy.rego.ast.Expr;
import dev.readiness.policy.rego.ast.Location;
import dev.readiness.policy.rego.ast.Module;
import dev.readiness.policy.rego.ast.Rule;
import dev.readiness.policy.rego.ast.Term;
import dev.readiness.policy.rego.builtins.Builtin;
import dev.readiness.policy.rego.builtins.BuiltinRegistry;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Compiles parsed modules: resolves rule, import and function names, checks safety and reorders body
 * expressions so every variable is bound before it is read (OPA's safety rules), and builds the rule tree.
 */
public final class Compiler {
  static final String FN_PREFIX = "$fn:";

  private final BuiltinRegistry builtins;
  private final Map<String, Set<String>> ruleNames = new HashMap<>();
  private final Map<String, Integer> functionArity = new HashMap<>();
  private final IdentityHashMap<List<Expr>, Set<String>> closureLocals = new IdentityHashMap<>();
  /** Variables a closure must treat as its own because the enclosing body declares them only later. */
  private final IdentityHashMap<List<Expr>, Set<String>> laterDeclared = new IdentityHashMap<>();
  /** Counter of the variables introduced for hoisted terms. */
  private final int[] hoisted = new int[1];

  public Compiler(BuiltinRegistry builtins) { this.builtins = builtins; }

  /** Closure-local variables of everything this compiler compiled (policy and queries). */
  public IdentityHashMap<List<Expr>, Set<String>> closureLocals() { return closureLocals; }

  /** Marker prefix for a {@code with} value that replaces a function by another function. */
  public static String functionValuePrefix() { return FN_PREFIX; }

  /** Compiles modules into a policy; throws RegoError with rego_*_error codes. */
  public CompiledPolicy compile(List<Module> modules) {
    declare(modules);
    RuleNode root = new RuleNode(List.of());
    List<Module> compiled = new ArrayList<>();
    for (Module m : modules) {
      Scope scope = new Scope(m);
      List<Rule> rules = new ArrayList<>();
      packageNode(root, m);
      for (Rule r : m.rules()) {
        Rule cr = compileRule(r, scope);
        rules.add(cr);
        index(root, cr, m.packagePath().size());
      }
      compiled.add(new Module(m.file(), m.packagePath(), m.imports(), rules, m.annotations(), m.packageLoc(),
          m.packageAnnotations()));
    }
    checkConflicts(root);
    return new CompiledPolicy(root, compiled, Map.copyOf(functionArity), closureLocals);
  }

  /**
   * The policy of modules that {@link #compile} produced earlier (a stored compiled form, see
   * {@link CompiledForm}): the rule tree and function arities are rebuilt, nothing is compiled again.
   */
  public static CompiledPolicy link(List<Module> compiled, IdentityHashMap<List<Expr>, Set<String>> closureLocals) {
    Compiler c = new Compiler(null);
    c.declare(compiled);
    RuleNode root = new RuleNode(List.of());
    for (Module m : compiled) {
      packageNode(root, m);
      for (Rule r : m.rules()) c.index(root, r, m.packagePath().size());
    }
    c.checkConflicts(root);
    return new CompiledPolicy(root, List.copyOf(compiled), Map.copyOf(c.functionArity), closureLocals);
  }

  private static RuleNode packageNode(RuleNode root, Module m) {
    RuleNode pkgNode = root;
    for (String s : m.packagePath()) pkgNode = pkgNode.child(StringValue.of(s));
    pkgNode.isPackage = true;
    return pkgNode;
  }

  /** Rule names per package and function arities of every module (the names rules may refer to). */
  private void declare(List<Module> modules) {
    for (Module m : modules) {
      Set<String> names = ruleNames.computeIfAbsent(String.join(".", m.packagePath()), k -> new HashSet<>());
      for (Rule r : m.rules()) {
        Term first = r.ref().get(m.packagePath().size());
        names.add(((StringValue) ((Term.Scalar) first).value()).value());
        if (r.kind() == Rule.Kind.FUNCTION) {
          String path = "data." + dotted(r.ref(), r.loc());
          Integer prev = functionArity.put(path, r.args().size());
          if (prev != null && prev != r.args().size()) {
            throw new RegoError("rego_type_error", "function " + path + " has arity " + prev + " and "
                + r.args().size() + " in different definitions", r.loc());
          }
        }
      }
    }
  }

  /** Compiles a query against a compiled policy (no package scope). */
  public List<Expr> compileQuery(List<Expr> query, CompiledPolicy policy) {
    functionArity.putAll(policy.functionArity());
    closureLocals.putAll(policy.closureLocals());
    Scope scope = new Scope((Module) null);
    scope.locals.addAll(Vars.declared(query));
    List<Expr> body = resolveBody(query, scope);
    Ordered o = reorder(body, new HashSet<>(), Vars.scope(body, List.of()));
    return o.body;
  }

  private static String dotted(List<Term> ref, Location loc) {
    StringBuilder sb = new StringBuilder();
    for (Term t : ref) {
      if (!(t instanceof Term.Scalar s) || !(s.value() instanceof StringValue sv)) {
        throw new RegoError("rego_parse_error", "function names cannot contain variables", loc);
      }
      if (sb.length() > 0) sb.append('.');
      sb.append(sv.value());
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------- rule index

  private void index(RuleNode root, Rule r, int pkgLen) {
    int ground = 0;
    while (ground < r.ref().size() && r.ref().get(ground) instanceof Term.Scalar s && s.value() instanceof StringValue) {
      ground++;
    }
    RuleNode node = root;
    for (int i = 0; i < ground; i++) node = node.child(((Term.Scalar) r.ref().get(i)).value());
    if (r.kind() == Rule.Kind.FUNCTION) {
      if (r.isDefault()) {
        if (node.defaultFunction != null) throw multipleDefaults(r);
        node.defaultFunction = r;
      } else {
        node.functions.add(r);
      }
    } else if (ground < r.ref().size()) {
      if (r.isDefault()) throw new RegoError("rego_type_error", "default rules cannot have variables in their head", r.loc());
      node.dynamic.add(r);
    } else if (r.kind() == Rule.Kind.MULTI) {
      node.multi.add(r);
    } else if (r.isDefault()) {
      if (node.defaultRule != null) throw multipleDefaults(r);
      node.defaultRule = r;
    } else {
      node.complete.add(r);
    }
  }

  private static RegoError multipleDefaults(Rule r) {
    return new RegoError("rego_type_error", "multiple default rules " + pathText(r) + " found", r.loc());
  }

  private static String pathText(Rule r) {
    StringBuilder sb = new StringBuilder("data");
    for (Term t : r.ref()) {
      if (t instanceof Term.Scalar s && s.value() instanceof StringValue sv) {
        sb.append('.').append(sv.value());
      } else {
        sb.append("[...]");
      }
    }
    return sb.toString();
  }

  private void checkConflicts(RuleNode n) {
    boolean single = !n.complete.isEmpty() || n.defaultRule != null;
    boolean multi = !n.multi.isEmpty();
    boolean fn = n.isFunction();
    if ((single ? 1 : 0) + (multi ? 1 : 0) + (fn ? 1 : 0) > 1) {
      Rule r = fn ? (n.functions.isEmpty() ? n.defaultFunction : n.functions.get(0))
          : multi ? n.multi.get(0) : n.complete.isEmpty() ? n.defaultRule : n.complete.get(0);
      throw new RegoError("rego_type_error", "conflicting rules " + pathText(r) + " found", r.loc());
    }
    if ((single || multi) && !n.children().isEmpty()) {
      Rule r = single ? (n.complete.isEmpty() ? n.defaultRule : n.complete.get(0)) : n.multi.get(0);
      throw new RegoError("rego_type_error", "rule " + pathText(r) + " conflicts with rules defined below it", r.loc());
    }
    for (RuleNode c : n.children().values()) checkConflicts(c);
  }

  // ---------------------------------------------------------------- name resolution

  /** Names visible in a module: package rules, import aliases and local variables. */
  private final class Scope {
    final List<String> pkg;
    final Set<String> rules;
    final Map<String, List<String>> imports = new LinkedHashMap<>();
    final Set<String> locals = new HashSet<>();
    final Set<String> pending = new HashSet<>();

    Scope(Module m) {
      this.pkg = m == null ? List.of() : m.packagePath();
      this.rules = m == null ? Set.of() : ruleNames.getOrDefault(String.join(".", m.packagePath()), Set.of());
      if (m != null) {
        for (Module.Import imp : m.imports()) {
          String root = imp.path().get(0);
          if (!root.equals("data") && !root.equals("input")) continue;
          String alias = imp.alias() != null ? imp.alias() : imp.path().get(imp.path().size() - 1);
          imports.put(alias, imp.path());
        }
      }
    }

    Scope(Scope parent) {
      this.pkg = parent.pkg;
      this.rules = parent.rules;
      this.imports.putAll(parent.imports);
      this.locals.addAll(parent.locals);
      this.pending.addAll(parent.pending);
    }
  }

  private Rule compileRule(Rule r, Scope module) {
    Scope scope = new Scope(module);
    if (r.args() != null) r.args().forEach(a -> Vars.forEach(a, scope.locals::add));
    scope.locals.addAll(Vars.declared(r.body()));
    List<Term> args = r.args() == null ? null : mapTerms(r.args(), scope);
    List<Expr> body = new ArrayList<>(resolveBody(r.body(), scope));
    if (args != null) {
      // arguments that are not plain patterns (calls, refs, templates) are matched after the body
      List<Term> plain = new ArrayList<>();
      for (int i = 0; i < args.size(); i++) {
        Term a = args.get(i);
        if (isPatternTerm(a)) {
          plain.add(a);
        } else {
          Term.Var v = new Term.Var("$arg" + i, a.loc());
          plain.add(v);
          body.add(new Expr.TermExpr(new Term.Call("eq", List.of(v, a), a.loc()), false, List.of(), a.loc()));
        }
      }
      args = plain;
    }
    List<Term> ref = new ArrayList<>();
    for (Term t : r.ref()) ref.add(t instanceof Term.Scalar ? t : resolve(t, scope));
    Term key = r.key() == null ? null : resolve(r.key(), scope);
    Term value = r.value() == null ? null : resolve(r.value(), scope);
    if (!r.isDefault()) {
      // as OPA does, a head term that needs evaluation moves into the body so its refs can bind variables
      key = Hoist.headTerm(key, body, "k", hoisted);
      value = Hoist.headTerm(value, body, "v", hoisted);
      for (int i = 0; i < ref.size(); i++) ref.set(i, Hoist.headTerm(ref.get(i), body, "r", hoisted));
    }

    List<Term> heads = new ArrayList<>();
    for (Term t : ref) if (!(t instanceof Term.Scalar)) heads.add(t);
    if (key != null) heads.add(key);
    if (value != null) heads.add(value);
    checkDeclaredUsed(body, heads);
    List<Term> extra = new ArrayList<>(heads);
    if (args != null) extra.addAll(args);
    Set<String> outer = Vars.scope(body, extra);

    Set<String> safe = new HashSet<>();
    if (args != null) args.forEach(a -> Vars.forEach(a, safe::add));
    Ordered o = reorder(body, safe, outer);
    // the head may only use variables the body binds
    for (Term h : heads) {
      Analysis a = new Analysis(o.safe, outer);
      a.input(h);
      a.needs.removeIf(o.safe::contains);
      if (!a.needs.isEmpty()) throw unsafe(a.needs.iterator().next(), h, r.loc());
    }
    List<Term> ref2 = new ArrayList<>();
    for (Term t : ref) ref2.add(fixTerm(t, o.safe, outer));
    Rule elseRule = r.elseRule() == null ? null : compileRule(r.elseRule(), module);
    return new Rule(r.kind(), ref2, args, key == null ? null : fixTerm(key, o.safe, outer),
        value == null ? null : fixTerm(value, o.safe, outer), o.body, r.isDefault(), elseRule, r.loc(),
        r.annotations());
  }

  /** As OPA, a variable declared with {@code some x} that nothing else in its body (or the head) uses is an error. */
  private static void checkDeclaredUsed(List<Expr> body, List<Term> heads) {
    for (Expr e : body) {
      if (!(e instanceof Expr.SomeDecl sd)) continue;
      Set<String> used = new HashSet<>();
      for (Expr other : body) if (other != e) Vars.forEach(other, used::add);
      for (Term h : heads) Vars.forEach(h, used::add);
      for (Term.Var v : sd.vars()) {
        if (!v.isGenerated() && !used.contains(v.name())) {
          throw new RegoError("rego_compile_error", "declared var " + v.name() + " unused", sd.loc());
        }
      }
    }
  }

  private static boolean isPatternTerm(Term t) {
    if (t instanceof Term.Var || t instanceof Term.Scalar) return true;
    if (t instanceof Term.Arr a) return a.items().stream().allMatch(Compiler::isPatternTerm);
    if (t instanceof Term.Obj o) {
      return o.entries().stream().allMatch(e -> e.key() instanceof Term.Scalar && isPatternTerm(e.value()));
    }
    return false;
  }

  private List<Term> mapTerms(List<Term> ts, Scope s) {
    List<Term> out = new ArrayList<>();
    for (Term t : ts) out.add(resolve(t, s));
    return out;
  }

  private Term resolve(Term t, Scope s) {
    if (t instanceof Term.Var v) return resolveVar(v, s);
    if (t instanceof Term.Scalar) return t;
    if (t instanceof Term.Ref r) {
      Term head = resolve(r.head(), s);
      List<Term> path = mapTerms(r.path(), s);
      if (head instanceof Term.Ref hr) {
        List<Term> all = new ArrayList<>(hr.path());
        all.addAll(path);
        return new Term.Ref(hr.head(), all, r.loc());
      }
      return new Term.Ref(head, path, r.loc());
    }
    if (t instanceof Term.Arr a) return new Term.Arr(mapTerms(a.items(), s), a.loc());
    if (t instanceof Term.SetTerm st) return new Term.SetTerm(mapTerms(st.items(), s), st.loc());
    if (t instanceof Term.Obj o) {
      List<Term.Pair> es = new ArrayList<>();
      for (Term.Pair p : o.entries()) es.add(new Term.Pair(resolve(p.key(), s), resolve(p.value(), s)));
      return new Term.Obj(es, o.loc());
    }
    if (t instanceof Term.Call c) {
      if (c.name().equals("eq") || c.name().equals("assign")) {
        // `=` and `:=` always have two sides; written as calls (eq(x), assign(a, b, c)) they may not
        if (c.args().size() != 2) {
          throw new RegoError("rego_type_error", c.name() + ": arity mismatch\n\thave: " + c.args().size() + " argument"
              + (c.args().size() == 1 ? "" : "s") + "\n\twant: 2 arguments", c.loc());
        }
        return new Term.Call(c.name(), mapTerms(c.args(), s), c.loc());
      }
      if (c.args().isEmpty()) {
        // `r()` of a rule (a zero-argument head is a plain rule): its value, as OPA evaluates it
        String fn = resolveFunction(c.name(), s, c.loc(), false);
        if (fn != null && fn.startsWith("data.") && !functionArity.containsKey(fn)) {
          List<Term> path = new ArrayList<>();
          for (String part : fn.substring(5).split("\\.")) path.add(new Term.Scalar(StringValue.of(part), c.loc()));
          return new Term.Ref(new Term.Var("data", c.loc()), path, c.loc());
        }
      }
      String name = resolveFunction(c.name(), s, c.loc(), true);
      checkArity(name, c);
      return new Term.Call(name, mapTerms(c.args(), s), c.loc());
    }
    if (t instanceof Term.ArrayCompr c) {
      Scope inner = closureScope(s, c.body());
      List<Expr> body = resolveBody(c.body(), inner);
      noteLater(t, body, s);
      return new Term.ArrayCompr(resolve(c.head(), inner), body, c.loc());
    }
    if (t instanceof Term.SetCompr c) {
      Scope inner = closureScope(s, c.body());
      List<Expr> body = resolveBody(c.body(), inner);
      noteLater(t, body, s);
      return new Term.SetCompr(resolve(c.head(), inner), body, c.loc());
    }
    if (t instanceof Term.ObjectCompr c) {
      Scope inner = closureScope(s, c.body());
      List<Expr> body = resolveBody(c.body(), inner);
      noteLater(t, body, s);
      return new Term.ObjectCompr(resolve(c.key(), inner), resolve(c.value(), inner), body, c.loc());
    }
    Term.Template tp = (Term.Template) t;
    return new Term.Template(resolveBody(tp.parts(), s), tp.loc());
  }

  private void noteLater(Term closure, List<Expr> body, Scope s) {
    if (s.pending.isEmpty()) return;
    Set<String> used = new HashSet<>();
    Vars.forEach(closure, used::add);
    used.retainAll(s.pending);
    if (!used.isEmpty()) laterDeclared.put(body, used);
  }

  private Scope closureScope(Scope s, List<Expr> body) {
    Scope inner = new Scope(s);
    inner.locals.addAll(Vars.declared(body));
    return inner;
  }

  /** Resolves a body in order, tracking which := declarations are still ahead (closures before them do not see them). */
  private List<Expr> resolveBody(List<Expr> body, Scope s) {
    Scope inner = new Scope(s);
    inner.pending.addAll(Vars.declared(body));
    List<Expr> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Expr e : body) {
      for (String v : Vars.assigned(List.of(e))) {
        if (!v.startsWith("$") && !seen.add(v)) {
          throw new RegoError("rego_compile_error", "var " + v + " assigned above", e.loc());
        }
      }
      Expr r = resolve(e, inner);
      if (r instanceof Expr.TermExpr te && te.negated()) out.addAll(Hoist.negated(te, hoisted));
      else out.add(r);
      inner.pending.removeAll(Vars.declared(List.of(e)));
    }
    return out;
  }

  private Term resolveVar(Term.Var v, Scope s) {
    String n = v.name();
    if (n.equals("input") || n.equals("data") || v.isGenerated() || s.locals.contains(n)) return v;
    // as in OPA, an import shadows a rule of the same name in the importing package
    if (s.rules.contains(n) && !s.imports.containsKey(n)) {
      List<Term> path = new ArrayList<>();
      for (String p : s.pkg) path.add(new Term.Scalar(StringValue.of(p), v.loc()));
      path.add(new Term.Scalar(StringValue.of(n), v.loc()));
      return new Term.Ref(new Term.Var("data", v.loc()), path, v.loc());
    }
    List<String> imp = s.imports.get(n);
    if (imp != null) {
      Term.Var root = new Term.Var(imp.get(0), v.loc());
      if (imp.size() == 1) return root;
      List<Term> path = new ArrayList<>();
      for (String p : imp.subList(1, imp.size())) path.add(new Term.Scalar(StringValue.of(p), v.loc()));
      return new Term.Ref(root, path, v.loc());
    }
    return v;
  }

  /** Resolves a function name to {@code data.<path>} for user functions or the builtin name. */
  private String resolveFunction(String name, Scope s, Location loc, boolean required) {
    String[] parts = name.split("\\.");
    String first = parts[0];
    String rest = name.substring(first.length());
    String full = null;
    if (first.equals("data")) {
      full = name;
    } else if (s.locals.contains(first)) {
      full = null;
    } else if (s.imports.containsKey(first)) {
      if (s.imports.get(first).get(0).equals("data")) full = String.join(".", s.imports.get(first)) + rest;
    } else if (s.rules.contains(first)) {
      full = "data." + (s.pkg.isEmpty() ? "" : String.join(".", s.pkg) + ".") + name;
    }
    if (full != null && functionArity.containsKey(full)) return full;
    if (builtins.get(name).isPresent()) return name;
    if (full != null && !required) return full;
    if (!required) return null;
    throw new RegoError("rego_type_error", "undefined function " + (full != null ? full : name), loc);
  }

  private void checkArity(String name, Term.Call c) {
    int arity;
    if (name.startsWith("data.")) {
      arity = functionArity.getOrDefault(name, -1);
    } else {
      Optional<Builtin> b = builtins.get(name);
      arity = b.map(Builtin::arity).orElse(-1);
    }
    if (arity < 0) return;
    int n = c.args().size();
    if (n != arity && n != arity + 1) {
      throw new RegoError("rego_type_error", name + ": arity mismatch\n\thave: " + n + " argument"
          + (n == 1 ? "" : "s") + "\n\twant: " + arity + " argument" + (arity == 1 ? "" : "s"), c.loc());
    }
  }

  private Expr resolve(Expr e, Scope s) {
    List<Expr.With> withs = new ArrayList<>();
    for (Expr.With w : e.withs()) withs.add(resolveWith(w, s));
    if (e instanceof Expr.TermExpr te) return new Expr.TermExpr(resolve(te.term(), s), te.negated(), withs, te.loc());
    if (e instanceof Expr.SomeDecl sd) return new Expr.SomeDecl(sd.vars(), withs, sd.loc());
    if (e instanceof Expr.SomeIn si) {
      return new Expr.SomeIn(si.key() == null ? null : resolve(si.key(), s), resolve(si.value(), s),
          resolve(si.collection(), s), withs, si.loc());
    }
    Expr.Every ev = (Expr.Every) e;
    Scope inner = closureScope(s, ev.body());
    if (ev.key() != null) inner.locals.add(ev.key().name());
    inner.locals.add(ev.value().name());
    inner.pending.remove(ev.value().name());
    if (ev.key() != null) inner.pending.remove(ev.key().name());
    List<Expr> body = resolveBody(ev.body(), inner);
    for (Term.Var v : ev.key() == null ? List.of(ev.value()) : List.of(ev.key(), ev.value())) {
      Set<String> used = new HashSet<>();
      Vars.forEachIn(ev.body(), used::add);
      if (!v.isGenerated() && !used.contains(v.name())) {
        throw new RegoError("rego_compile_error", "declared var " + v.name() + " unused", ev.loc());
      }
    }
    checkDeclaredUsed(body, List.of());
    if (!s.pending.isEmpty()) {
      Set<String> used = new HashSet<>();
      Vars.forEachIn(ev.body(), used::add);
      used.retainAll(s.pending);
      if (!used.isEmpty()) laterDeclared.put(body, used);
    }
    return new Expr.Every(ev.key(), ev.value(), resolve(ev.domain(), s), body, withs, ev.loc());
  }

  private Expr.With resolveWith(Expr.With w, Scope s) {
    String targetName = dottedName(w.target());
    Term target;
    if (targetName == null) {
      throw new RegoError("rego_compile_error", "with keyword target must be a reference to input, data or a function",
          w.loc());
    }
    String root = targetName.split("\\.")[0];
    if (root.equals("input") || root.equals("data") || (s.rules.contains(root) && !s.locals.contains(root))
        || s.imports.containsKey(root)) {
      target = resolve(w.target(), s);
      if (target instanceof Term.Var tv && !tv.name().equals("input") && !tv.name().equals("data")) {
        throw badWith(w);
      }
    } else if (builtins.get(targetName).isPresent()) {
      target = new Term.Var(targetName, w.target().loc());
    } else {
      throw badWith(w);
    }
    Term value = w.value();
    String valueName = dottedName(value);
    if (valueName != null && !(value instanceof Term.Var v && s.locals.contains(v.name()))) {
      String fn = resolveFunction(valueName, s, w.loc(), false);
      if (fn != null && (functionArity.containsKey(fn) || (!fn.startsWith("data.") && builtins.get(fn).isPresent()))) {
        return new Expr.With(target, new Term.Var(FN_PREFIX + fn, value.loc()), w.loc());
      }
    }
    return new Expr.With(target, resolve(value, s), w.loc());
  }

  private static RegoError badWith(Expr.With w) {
    return new RegoError("rego_compile_error", "with keyword target must reference existing input, data, or a function",
        w.loc());
  }

  /** a.b.c for a Var or a Ref with string operands; else null. */
  private static String dottedName(Term t) {
    if (t instanceof Term.Var v) return v.name();
    if (t instanceof Term.Ref r && r.head() instanceof Term.Var v) {
      StringBuilder sb = new StringBuilder(v.name());
      for (Term p : r.path()) {
        if (!(p instanceof Term.Scalar sc) || !(sc.value() instanceof StringValue sv)) return null;
        sb.append('.').append(sv.value());
      }
      return sb.toString();
    }
    return null;
  }

  // ---------------------------------------------------------------- safety and ordering

  private record Ordered(List<Expr> body, Set<String> safe) {}

  /** Orders a body so that each expression's inputs are bound by earlier ones; throws on unsafe variables. */
  private Ordered reorder(List<Expr> body, Set<String> safe0, Set<String> outer) {
    Set<String> safe = new HashSet<>(safe0);
    List<Expr> remaining = new ArrayList<>(body);
    List<Expr> out = new ArrayList<>();
    while (!remaining.isEmpty()) {
      int chosen = -1;
      Analysis chosenA = null;
      for (int j = 0; j < remaining.size(); j++) {
        Analysis a = analyze(remaining.get(j), safe, outer);
        if (a.needs.isEmpty()) {
          chosen = j;
          chosenA = a;
          break;
        }
      }
      if (chosen < 0) {
        Expr e = remaining.get(0);
        Analysis a = analyze(e, safe, outer);
        String var = a.needs.iterator().next();
        throw unsafeIn(var, e);
      }
      Expr e = remaining.remove(chosen);
      out.add(fixExpr(e, safe, outer));
      safe.addAll(chosenA.outs);
    }
    return new Ordered(out, safe);
  }

  private RegoError unsafeIn(String var, Expr e) {
    Location[] loc = {e.loc()};
    findVar(e, var, loc);
    String shown = var.startsWith("$_") ? "_" : var;
    return new RegoError("rego_unsafe_var_error", "var " + shown + " is unsafe", loc[0]);
  }

  private static RegoError unsafe(String var, Term t, Location fallback) {
    Location[] loc = {fallback};
    findVarInTerm(t, var, loc);
    return new RegoError("rego_unsafe_var_error", "var " + (var.startsWith("$_") ? "_" : var) + " is unsafe", loc[0]);
  }

  private static void findVar(Expr e, String var, Location[] loc) {
    if (e instanceof Expr.TermExpr te) findVarInTerm(te.term(), var, loc);
    if (e instanceof Expr.SomeIn si) {
      findVarInTerm(si.collection(), var, loc);
    }
    if (e instanceof Expr.Every ev) {
      findVarInTerm(ev.domain(), var, loc);
      for (Expr x : ev.body()) findVar(x, var, loc);
    }
  }

  private static boolean findVarInTerm(Term t, String var, Location[] loc) {
    if (t instanceof Term.Var v && v.name().equals(var)) {
      loc[0] = v.loc();
      return true;
    }
    if (t instanceof Term.Ref r) {
      if (findVarInTerm(r.head(), var, loc)) return true;
      for (Term p : r.path()) if (findVarInTerm(p, var, loc)) return true;
    }
    if (t instanceof Term.Call c) for (Term a : c.args()) if (findVarInTerm(a, var, loc)) return true;
    if (t instanceof Term.Arr a) for (Term x : a.items()) if (findVarInTerm(x, var, loc)) return true;
    if (t instanceof Term.SetTerm a) for (Term x : a.items()) if (findVarInTerm(x, var, loc)) return true;
    if (t instanceof Term.Obj o) {
      for (Term.Pair p : o.entries()) {
        if (findVarInTerm(p.key(), var, loc) || findVarInTerm(p.value(), var, loc)) return true;
      }
    }
    return false;
  }

  /** Input/output analysis of one expression under a set of bound variables. */
  private final class Analysis {
    final Set<String> safe;
    final Set<String> outer;
    final Set<String> needs = new LinkedHashSet<>();
    final Set<String> outs = new LinkedHashSet<>();

    Analysis(Set<String> safe, Set<String> outer) {
      this.safe = safe;
      this.outer = outer;
    }

    boolean isSafe(String n) { return safe.contains(n) || n.equals("input") || n.equals("data") || n.startsWith(FN_PREFIX); }

    void input(Term t) {
      if (t instanceof Term.Var v) {
        if (!isSafe(v.name()) && !outs.contains(v.name())) needs.add(v.name());
      } else if (t instanceof Term.Ref r) {
        input(r.head());
        for (Term p : r.path()) {
          if (p instanceof Term.Var || p instanceof Term.Arr || p instanceof Term.Obj) {
            pattern(p);
          } else {
            input(p);
          }
        }
      } else if (t instanceof Term.Arr a) {
        a.items().forEach(this::input);
      } else if (t instanceof Term.SetTerm s) {
        s.items().forEach(this::input);
      } else if (t instanceof Term.Obj o) {
        o.entries().forEach(e -> {
          input(e.key());
          input(e.value());
        });
      } else if (t instanceof Term.Call c) {
        c.args().forEach(this::input);
      } else if (t instanceof Term.ArrayCompr || t instanceof Term.SetCompr || t instanceof Term.ObjectCompr) {
        closure(t, closureBody(t), Set.of());
      } else if (t instanceof Term.Template tp) {
        for (Expr e : tp.parts()) {
          input(((Expr.TermExpr) e).term());
          e.withs().forEach(w -> input(w.value()));
        }
      }
    }

    /** Variables a closure reads from the enclosing scope must be bound before it runs. */
    void closure(Object node, List<Expr> body, Set<String> ownLocals) {
      Set<String> own = new LinkedHashSet<>();
      if (node instanceof Term t) {
        Vars.forEach(t, own::add);
      } else {
        Vars.forEachIn(body, own::add);
      }
      Set<String> declared = Vars.declared(body);
      Set<String> later = laterDeclared.getOrDefault(body, Set.of());
      for (String n : own) {
        if (declared.contains(n) || ownLocals.contains(n) || later.contains(n) || isSafe(n)) continue;
        if (outer.contains(n) && !outs.contains(n)) needs.add(n);
      }
    }

    void pattern(Term t) {
      if (t instanceof Term.Var v) {
        if (!isSafe(v.name())) outs.add(v.name());
      } else if (t instanceof Term.Arr a) {
        a.items().forEach(this::pattern);
      } else if (t instanceof Term.Obj o) {
        o.entries().forEach(e -> {
          input(e.key());
          pattern(e.value());
        });
      } else {
        input(t);
      }
    }

    void merge(Analysis o) {
      needs.addAll(o.needs);
      outs.addAll(o.outs);
    }
  }

  private static List<Term> closureHeads(Term t) {
    if (t instanceof Term.ArrayCompr c) return List.of(c.head());
    if (t instanceof Term.SetCompr c) return List.of(c.head());
    Term.ObjectCompr c = (Term.ObjectCompr) t;
    return List.of(c.key(), c.value());
  }

  private static List<Expr> closureBody(Term t) {
    if (t instanceof Term.ArrayCompr c) return c.body();
    if (t instanceof Term.SetCompr c) return c.body();
    return ((Term.ObjectCompr) t).body();
  }

  private Analysis analyze(Expr e, Set<String> safe, Set<String> outer) {
    Analysis a = new Analysis(safe, outer);
    for (Expr.With w : e.withs()) a.input(w.value());
    if (e instanceof Expr.SomeDecl) return a;
    if (e instanceof Expr.SomeIn si) {
      a.input(si.collection());
      if (si.key() != null) a.pattern(si.key());
      a.pattern(si.value());
      return a;
    }
    if (e instanceof Expr.Every ev) {
      a.input(ev.domain());
      Set<String> own = new HashSet<>();
      if (ev.key() != null) own.add(ev.key().name());
      own.add(ev.value().name());
      a.closure(ev, ev.body(), own);
      // the domain is evaluated as part of the closure count; it must not count the key/value names
      return a;
    }
    Expr.TermExpr te = (Expr.TermExpr) e;
    Term t = te.term();
    if (t instanceof Term.Call c && (c.name().equals("eq") || c.name().equals("assign"))) {
      unifyAnalysis(c.args().get(0), c.args().get(1), a, c.name().equals("assign"));
    } else if (t instanceof Term.Call c && hasOutputArg(c)) {
      for (int i = 0; i < c.args().size() - 1; i++) a.input(c.args().get(i));
      a.pattern(c.args().get(c.args().size() - 1));
    } else {
      a.input(t);
      a.needs.removeAll(a.outs);
    }
    if (te.negated()) {
      Set<String> all = new LinkedHashSet<>(a.needs);
      all.addAll(a.outs);
      all.removeIf(n -> n.startsWith("$_"));
      a.needs.clear();
      a.needs.addAll(all);
      a.outs.clear();
    }
    return a;
  }

  boolean hasOutputArg(Term.Call c) {
    int arity;
    if (c.name().startsWith("data.")) {
      arity = functionArity.getOrDefault(c.name(), -1);
    } else {
      arity = builtins.get(c.name()).map(Builtin::arity).orElse(-1);
    }
    return arity >= 0 && c.args().size() == arity + 1;
  }

  private void unifyAnalysis(Term l, Term r, Analysis a, boolean assign) {
    Analysis t1 = new Analysis(a.safe, a.outer);
    t1.pattern(l);
    t1.input(r);
    t1.needs.removeAll(t1.outs);
    if (t1.needs.isEmpty()) {
      a.merge(t1);
      return;
    }
    if (!assign) {
      Analysis t2 = new Analysis(a.safe, a.outer);
      t2.pattern(r);
      t2.input(l);
      t2.needs.removeAll(t2.outs);
      if (t2.needs.isEmpty()) {
        a.merge(t2);
        return;
      }
    }
    List<Term[]> pairs = new ArrayList<>();
    if (l instanceof Term.Arr la && r instanceof Term.Arr ra && la.items().size() == ra.items().size()) {
      for (int i = 0; i < la.items().size(); i++) pairs.add(new Term[] {la.items().get(i), ra.items().get(i)});
    } else if (l instanceof Term.Obj lo && r instanceof Term.Obj ro && lo.entries().size() == ro.entries().size()) {
      for (int i = 0; i < lo.entries().size(); i++) {
        pairs.add(new Term[] {lo.entries().get(i).value(), ro.entries().get(i).value()});
        a.input(lo.entries().get(i).key());
        a.input(ro.entries().get(i).key());
      }
    }
    if (!pairs.isEmpty()) {
      Set<String> local = new HashSet<>(a.safe);
      boolean progress = true;
      while (!pairs.isEmpty() && progress) {
        progress = false;
        for (int i = 0; i < pairs.size(); i++) {
          Analysis sub = new Analysis(local, a.outer);
          unifyAnalysis(pairs.get(i)[0], pairs.get(i)[1], sub, assign);
          if (sub.needs.isEmpty()) {
            local.addAll(sub.outs);
            a.outs.addAll(sub.outs);
            pairs.remove(i);
            progress = true;
            break;
          }
        }
      }
      if (pairs.isEmpty()) return;
    }
    a.merge(t1);
  }

  // ---------------------------------------------------------------- nested bodies

  private Expr fixExpr(Expr e, Set<String> safe, Set<String> outer) {
    List<Expr.With> withs = new ArrayList<>();
    for (Expr.With w : e.withs()) withs.add(new Expr.With(w.target(), fixTerm(w.value(), safe, outer), w.loc()));
    if (e instanceof Expr.TermExpr te) {
      return new Expr.TermExpr(fixTerm(te.term(), safe, outer), te.negated(), withs, te.loc());
    }
    if (e instanceof Expr.SomeDecl sd) return new Expr.SomeDecl(sd.vars(), withs, sd.loc());
    if (e instanceof Expr.SomeIn si) {
      return new Expr.SomeIn(si.key(), si.value(), fixTerm(si.collection(), safe, outer), withs, si.loc());
    }
    Expr.Every ev = (Expr.Every) e;
    Set<String> locals = new HashSet<>(Vars.declared(ev.body()));
    locals.addAll(laterDeclared.getOrDefault(ev.body(), Set.of()));
    if (ev.key() != null) locals.add(ev.key().name());
    locals.add(ev.value().name());
    Set<String> inner = new HashSet<>(safe);
    inner.removeAll(locals);
    if (ev.key() != null) inner.add(ev.key().name());
    inner.add(ev.value().name());
    List<Expr> body = reorder(ev.body(), inner, outer).body;
    closureLocals.put(body, locals);
    return new Expr.Every(ev.key(), ev.value(), fixTerm(ev.domain(), safe, outer), body, withs, ev.loc());
  }

  private Term fixTerm(Term t, Set<String> safe, Set<String> outer) {
    if (t instanceof Term.Var || t instanceof Term.Scalar) return t;
    if (t instanceof Term.Ref r) {
      List<Term> path = new ArrayList<>();
      for (Term p : r.path()) path.add(fixTerm(p, safe, outer));
      return new Term.Ref(fixTerm(r.head(), safe, outer), path, r.loc());
    }
    if (t instanceof Term.Arr a) return new Term.Arr(fixTerms(a.items(), safe, outer), a.loc());
    if (t instanceof Term.SetTerm s) return new Term.SetTerm(fixTerms(s.items(), safe, outer), s.loc());
    if (t instanceof Term.Obj o) {
      List<Term.Pair> es = new ArrayList<>();
      for (Term.Pair p : o.entries()) {
        es.add(new Term.Pair(fixTerm(p.key(), safe, outer), fixTerm(p.value(), safe, outer)));
      }
      return new Term.Obj(es, o.loc());
    }
    if (t instanceof Term.Call c) return new Term.Call(c.name(), fixTerms(c.args(), safe, outer), c.loc());
    if (t instanceof Term.Template tp) {
      List<Expr> parts = new ArrayList<>();
      for (Expr e : tp.parts()) parts.add(fixExpr(e, safe, outer));
      return new Term.Template(parts, tp.loc());
    }
    List<Expr> body = closureBody(t);
    checkDeclaredUsed(body, closureHeads(t));
    Set<String> locals = new HashSet<>(Vars.declared(body));
    locals.addAll(laterDeclared.getOrDefault(body, Set.of()));
    Set<String> inner = new HashSet<>(safe);
    inner.removeAll(locals);
    Ordered o = reorder(body, inner, outer);
    closureLocals.put(o.body, locals);
    if (t instanceof Term.ArrayCompr c) {
      checkHead(c.head(), o, c.loc());
      return new Term.ArrayCompr(fixTerm(c.head(), o.safe, outer), o.body, c.loc());
    }
    if (t instanceof Term.SetCompr c) {
      checkHead(c.head(), o, c.loc());
      return new Term.SetCompr(fixTerm(c.head(), o.safe, outer), o.body, c.loc());
    }
    Term.ObjectCompr c = (Term.ObjectCompr) t;
    checkHead(c.key(), o, c.loc());
    checkHead(c.value(), o, c.loc());
    return new Term.ObjectCompr(fixTerm(c.key(), o.safe, outer), fixTerm(c.value(), o.safe, outer), o.body, c.loc());
  }

  private void checkHead(Term head, Ordered o, Location loc) {
    Analysis a = new Analysis(o.safe, Set.of());
    a.input(head);
    a.needs.removeIf(o.safe::contains);
    if (!a.needs.isEmpty()) throw unsafe(a.needs.iterator().next(), head, loc);
  }

  private List<Term> fixTerms(List<Term> ts, Set<String> safe, Set<String> outer) {
    List<Term> out = new ArrayList<>();
    for (Term t : ts) out.add(fixTerm(t, safe, outer));
    return out;
  }
}
