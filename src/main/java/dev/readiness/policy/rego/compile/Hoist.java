package dev.readiness.policy.rego.compile;

import dev.readiness.policy.rego.ast.Expr;
import dev.readiness.policy.rego.ast.Location;
import dev.readiness.policy.rego.ast.Term;
import java.util.ArrayList;
import java.util.List;

/**
 * The two places where OPA's compiler moves terms into separate body expressions, which changes what a
 * rule means:
 *
 * <ul>
 *   <li>a negated expression's call arguments (refs, calls and comprehensions, also inside array, set and
 *       object arguments) and the operands of its refs are bound <em>before</em> the {@code not}, so an
 *       undefined argument makes the whole body undefined instead of the negation true ({@code not f(input.missing)}
 *       is undefined). The two sides of {@code ==}/{@code =} themselves stay inside when they are refs
 *       ({@code not input.missing == 1} is true), as OPA rewrites {@code ==} to unification first;
 *   <li>a rule head term that needs evaluation (a ref, call or comprehension) moves into the body, so a ref
 *       there can bind the head's variables ({@code m[k] := input.x[k] if some k}).
 * </ul>
 */
final class Hoist {
  private final int[] counter;
  private final List<Term[]> bindings = new ArrayList<>();

  private Hoist(int[] counter) { this.counter = counter; }

  /** The expressions that replace a negated expression: the hoisted bindings, then the negation itself. */
  static List<Expr> negated(Expr.TermExpr te, int[] counter) {
    Hoist h = new Hoist(counter);
    Term t = te.term();
    Term out;
    if (t instanceof Term.Call c && (c.name().equals("eq") || c.name().equals("equal")) && c.args().size() == 2) {
      out = new Term.Call(c.name(), List.of(h.side(c.args().get(0)), h.side(c.args().get(1))), c.loc());
    } else if (t instanceof Term.Call c && !c.name().equals("assign") && !c.name().equals("print")) {
      List<Term> args = new ArrayList<>();
      for (Term a : c.args()) args.add(h.one(a));
      out = new Term.Call(c.name(), args, c.loc());
    } else {
      out = h.side(t);
    }
    if (h.bindings.isEmpty()) return List.of(te);
    List<Expr> exprs = new ArrayList<>();
    for (Term[] b : h.bindings) {
      exprs.add(new Expr.TermExpr(new Term.Call("eq", List.of(b[0], b[1]), b[1].loc()), false, te.withs(), te.loc()));
    }
    exprs.add(new Expr.TermExpr(out, true, te.withs(), te.loc()));
    return exprs;
  }

  /** A head term that needs evaluation is replaced by a variable bound at the end of the body. */
  static Term headTerm(Term t, List<Expr> body, String tag, int[] counter) {
    if (t == null || !needsEval(t)) return t;
    Term.Var v = new Term.Var("$h" + tag + counter[0]++, t.loc());
    body.add(new Expr.TermExpr(new Term.Call("eq", List.of(v, t), t.loc()), false, List.of(), t.loc()));
    return v;
  }

  private static boolean needsEval(Term t) {
    if (t instanceof Term.Var || t instanceof Term.Scalar) return false;
    if (t instanceof Term.Arr a) return a.items().stream().anyMatch(Hoist::needsEval);
    if (t instanceof Term.SetTerm s) return s.items().stream().anyMatch(Hoist::needsEval);
    if (t instanceof Term.Obj o) return o.entries().stream().anyMatch(e -> needsEval(e.key()) || needsEval(e.value()));
    return true;
  }

  /** One side of a negated unification, or a negated plain term: a ref keeps its place, its operands move. */
  private Term side(Term t) {
    if (t instanceof Term.Ref r) return new Term.Ref(r.head(), path(r), r.loc());
    if (t instanceof Term.ArrayCompr || t instanceof Term.SetCompr || t instanceof Term.ObjectCompr) return t;
    return one(t);
  }

  private List<Term> path(Term.Ref r) {
    List<Term> path = new ArrayList<>();
    for (Term p : r.path()) path.add(one(p));
    return path;
  }

  /** A term in argument position: refs, calls and comprehensions become variables bound beforehand. */
  private Term one(Term t) {
    if (t instanceof Term.Var v) return v.name().equals("input") ? bind(t) : t;
    if (t instanceof Term.Scalar || t instanceof Term.Template) return t;
    if (t instanceof Term.Arr a) {
      List<Term> items = new ArrayList<>();
      for (Term x : a.items()) items.add(one(x));
      return new Term.Arr(items, a.loc());
    }
    if (t instanceof Term.SetTerm s) {
      List<Term> items = new ArrayList<>();
      for (Term x : s.items()) items.add(one(x));
      return new Term.SetTerm(items, s.loc());
    }
    if (t instanceof Term.Obj o) {
      List<Term.Pair> es = new ArrayList<>();
      for (Term.Pair p : o.entries()) es.add(new Term.Pair(one(p.key()), one(p.value())));
      return new Term.Obj(es, o.loc());
    }
    if (t instanceof Term.Ref r) {
      if (hasWildcard(r)) return t; // `_` in a negation is left where it is (enumerated inside the `not`)
      Term head = r.head() instanceof Term.Var ? r.head() : one(r.head());
      return bind(new Term.Ref(head, path(r), r.loc()));
    }
    if (t instanceof Term.Call c) {
      if (c.name().equals("eq") || c.name().equals("assign") || c.name().equals("print") || hasWildcard(c)) return t;
      List<Term> args = new ArrayList<>();
      for (Term a : c.args()) args.add(one(a));
      return bind(new Term.Call(c.name(), args, c.loc()));
    }
    return bind(t); // comprehensions
  }

  private Term bind(Term t) {
    Location l = t.loc();
    Term.Var v = new Term.Var("$n" + counter[0]++, l);
    bindings.add(new Term[] {v, t});
    return v;
  }

  private static boolean hasWildcard(Term t) {
    for (String v : Vars.scope(List.of(), List.of(t))) if (v.startsWith("$_")) return true;
    return false;
  }
}
