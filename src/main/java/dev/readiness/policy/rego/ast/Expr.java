package dev.readiness.policy.rego.ast;

import java.util.List;

/** One expression of a rule body or query. */
public sealed interface Expr permits Expr.TermExpr, Expr.SomeDecl, Expr.SomeIn, Expr.Every {

  Location loc();

  /** Modifiers ({@code with target as value}) attached to the expression. */
  List<With> withs();

  /** A term evaluated for truth (unifications and calls included), optionally negated. */
  record TermExpr(Term term, boolean negated, List<With> withs, Location loc) implements Expr {
    public TermExpr { withs = List.copyOf(withs); }
  }

  /** {@code some x, y}: declares local variables. */
  record SomeDecl(List<Term.Var> vars, List<With> withs, Location loc) implements Expr {}

  /** {@code some v in xs} or {@code some k, v in xs}; key is null in the one-variable form. */
  record SomeIn(Term key, Term value, Term collection, List<With> withs, Location loc) implements Expr {}

  /** {@code every k, v in domain { body }}; key is null in the one-variable form. */
  record Every(Term.Var key, Term.Var value, Term domain, List<Expr> body, List<With> withs, Location loc)
      implements Expr {}

  /** {@code with target as value}. */
  record With(Term target, Term value, Location loc) {}
}
