package dev.readiness.policy.rego.compile;

import dev.readiness.policy.rego.ast.Expr;
import dev.readiness.policy.rego.ast.Term;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/** Variable bookkeeping shared by the compiler and the evaluator. */
public final class Vars {
  private Vars() {}

  /** Visits every variable occurrence in a term, comprehension bodies included. */
  public static void forEach(Term t, Consumer<String> f) {
    if (t == null) return;
    if (t instanceof Term.Var v) {
      f.accept(v.name());
    } else if (t instanceof Term.Ref r) {
      forEach(r.head(), f);
      r.path().forEach(x -> forEach(x, f));
    } else if (t instanceof Term.Arr a) {
      a.items().forEach(x -> forEach(x, f));
    } else if (t instanceof Term.SetTerm s) {
      s.items().forEach(x -> forEach(x, f));
    } else if (t instanceof Term.Obj o) {
      o.entries().forEach(e -> {
        forEach(e.key(), f);
        forEach(e.value(), f);
      });
    } else if (t instanceof Term.Call c) {
      c.args().forEach(x -> forEach(x, f));
    } else if (t instanceof Term.ArrayCompr c) {
      forEach(c.head(), f);
      forEachIn(c.body(), f);
    } else if (t instanceof Term.SetCompr c) {
      forEach(c.head(), f);
      forEachIn(c.body(), f);
    } else if (t instanceof Term.ObjectCompr c) {
      forEach(c.key(), f);
      forEach(c.value(), f);
      forEachIn(c.body(), f);
    } else if (t instanceof Term.Template tp) {
      forEachIn(tp.parts(), f);
    }
  }

  /** Visits every variable occurrence in a body. */
  public static void forEachIn(List<Expr> body, Consumer<String> f) {
    for (Expr e : body) forEach(e, f);
  }

  public static void forEach(Expr e, Consumer<String> f) {
    if (e instanceof Expr.TermExpr te) {
      forEach(te.term(), f);
    } else if (e instanceof Expr.SomeDecl sd) {
      sd.vars().forEach(v -> f.accept(v.name()));
    } else if (e instanceof Expr.SomeIn si) {
      forEach(si.key(), f);
      forEach(si.value(), f);
      forEach(si.collection(), f);
    } else if (e instanceof Expr.Every ev) {
      forEach(ev.key(), f);
      forEach(ev.value(), f);
      forEach(ev.domain(), f);
      forEachIn(ev.body(), f);
    }
    for (Expr.With w : e.withs()) {
      forEach(w.value(), f);
    }
  }

  /**
   * Variables of a body's own scope: occurrences outside comprehensions and every bodies. A {@code some x}
   * declaration alone does not count: as in OPA, a declared variable used only inside closures is theirs.
   */
  public static Set<String> scope(List<Expr> body, List<Term> extra) {
    Set<String> out = new LinkedHashSet<>();
    for (Term t : extra) shallow(t, out);
    for (Expr e : body) {
      if (e instanceof Expr.TermExpr te) {
        shallow(te.term(), out);
      } else if (e instanceof Expr.SomeIn si) {
        shallow(si.key(), out);
        shallow(si.value(), out);
        shallow(si.collection(), out);
      } else if (e instanceof Expr.Every ev) {
        shallow(ev.domain(), out);
      }
      for (Expr.With w : e.withs()) shallow(w.value(), out);
    }
    return out;
  }

  private static void shallow(Term t, Set<String> out) {
    if (t == null || t instanceof Term.ArrayCompr || t instanceof Term.SetCompr || t instanceof Term.ObjectCompr) return;
    if (t instanceof Term.Var v) {
      out.add(v.name());
    } else if (t instanceof Term.Ref r) {
      shallow(r.head(), out);
      r.path().forEach(x -> shallow(x, out));
    } else if (t instanceof Term.Arr a) {
      a.items().forEach(x -> shallow(x, out));
    } else if (t instanceof Term.SetTerm st) {
      st.items().forEach(x -> shallow(x, out));
    } else if (t instanceof Term.Obj o) {
      o.entries().forEach(e -> {
        shallow(e.key(), out);
        shallow(e.value(), out);
      });
    } else if (t instanceof Term.Call c) {
      c.args().forEach(x -> shallow(x, out));
    } else if (t instanceof Term.Template tp) {
      out.addAll(scope(tp.parts(), List.of()));
    }
  }

  /** Variables in pattern positions (the variables a unification can bind). */
  public static Set<String> patternVars(Term t) {
    Set<String> out = new LinkedHashSet<>();
    patternVars(t, out);
    return out;
  }

  private static void patternVars(Term t, Set<String> out) {
    if (t instanceof Term.Var v) {
      out.add(v.name());
    } else if (t instanceof Term.Arr a) {
      a.items().forEach(x -> patternVars(x, out));
    } else if (t instanceof Term.Obj o) {
      o.entries().forEach(e -> patternVars(e.value(), out));
    }
  }

  /** Targets of {@code :=} in a body's own scope. */
  public static Set<String> assigned(List<Expr> body) {
    Set<String> out = new LinkedHashSet<>();
    for (Expr e : body) {
      Term target = assignTarget(e);
      if (target != null) patternVars(target, out);
    }
    return out;
  }

  /** The left side of a {@code :=} expression, or null (a call {@code assign(x)} of the wrong arity is left to the compiler's arity check). */
  private static Term assignTarget(Expr e) {
    if (e instanceof Expr.TermExpr te && te.term() instanceof Term.Call c && c.name().equals("assign") && c.args().size() == 2) {
      return c.args().get(0);
    }
    return null;
  }

  /** Variables declared in a body's own scope: {@code :=} targets, {@code some} variables. */
  public static Set<String> declared(List<Expr> body) {
    Set<String> out = new LinkedHashSet<>();
    for (Expr e : body) {
      Term target = assignTarget(e);
      if (target != null) {
        patternVars(target, out);
      } else if (e instanceof Expr.SomeDecl sd) {
        sd.vars().forEach(v -> out.add(v.name()));
      } else if (e instanceof Expr.SomeIn si) {
        if (si.key() != null) patternVars(si.key(), out);
        patternVars(si.value(), out);
      }
    }
    return out;
  }
}
