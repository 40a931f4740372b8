package dev.readiness.policy.rego.ast;

import dev.readiness.policy.rego.value.Value;
import java.util.List;

/** A Rego term: scalars, variables, references, collections, comprehensions, calls and template strings. */
public sealed interface Term
    permits Term.Scalar, Term.Var, Term.Ref, Term.Arr, Term.Obj, Term.SetTerm, Term.ArrayCompr, Term.SetCompr,
        Term.ObjectCompr, Term.Call, Term.Template {

  Location loc();

  /** A constant (null, boolean, number or string). */
  record Scalar(Value value, Location loc) implements Term {}

  /** A variable; wildcards are renamed by the parser to unique names starting with {@code $_}. */
  record Var(String name, Location loc) implements Term {
    public boolean isWildcard() { return name.startsWith("$_"); }
    public boolean isGenerated() { return name.startsWith("$"); }
  }

  /** A reference: a head term followed by path operands ({@code .x} is the string operand "x"). */
  record Ref(Term head, List<Term> path, Location loc) implements Term {
    public Ref { path = List.copyOf(path); }
  }

  /** An array literal. */
  record Arr(List<Term> items, Location loc) implements Term {
    public Arr { items = List.copyOf(items); }
  }

  /** An object literal. */
  record Obj(List<Pair> entries, Location loc) implements Term {
    public Obj { entries = List.copyOf(entries); }
  }

  /** One key/value entry of an object literal. */
  record Pair(Term key, Term value) {}

  /** A set literal. */
  record SetTerm(List<Term> items, Location loc) implements Term {
    public SetTerm { items = List.copyOf(items); }
  }

  /** {@code [head | body]}. */
  record ArrayCompr(Term head, List<Expr> body, Location loc) implements Term {}

  /** {@code {head | body}}. */
  record SetCompr(Term head, List<Expr> body, Location loc) implements Term {}

  /** {@code {key: value | body}}. */
  record ObjectCompr(Term key, Term value, List<Expr> body, Location loc) implements Term {}

  /**
   * A call of a builtin or user function; operators are calls too (equal, plus, eq, assign, ...).
   * {@code name} is the dotted name as written until the compiler resolves user functions to {@code data.*}.
   */
  record Call(String name, List<Term> args, Location loc) implements Term {
    public Call { args = List.copyOf(args); }
  }

  /**
   * A template string {@code $"a {x} b"}: each part is an expression; literal parts are string scalars.
   * An undefined part renders as {@code <undefined>}.
   */
  record Template(List<Expr> parts, Location loc) implements Term {
    public Template { parts = List.copyOf(parts); }
  }
}
