package dev.readiness.policy.rego.ast;

import java.util.List;

/**
 * A rule. {@code ref} is the full head reference from the data root (package path included);
 * operands after the first variable or non-string operand form the rule's dynamic part.
 *
 * @param kind SINGLE for {@code :=}/{@code =}/{@code if} rules (including partial objects), MULTI for
 *     {@code contains}, FUNCTION for rules with arguments
 * @param key the element of a MULTI rule, else null
 * @param value the value term (a {@code true} scalar when omitted), null for MULTI rules
 * @param args function parameters, or null
 * @param elseRule the next link of an else chain, or null
 * @param annotations METADATA blocks attached directly to this rule
 */
public record Rule(Kind kind, List<Term> ref, List<Term> args, Term key, Term value, List<Expr> body,
                   boolean isDefault, Rule elseRule, Location loc, List<Annotation> annotations) {

  /** Rule kinds. */
  public enum Kind { SINGLE, MULTI, FUNCTION }

  public Rule {
    ref = List.copyOf(ref);
    body = List.copyOf(body);
    annotations = List.copyOf(annotations);
  }
}
