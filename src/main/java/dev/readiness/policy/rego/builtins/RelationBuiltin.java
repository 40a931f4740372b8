package dev.readiness.policy.rego.builtins;

import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.Value;
import java.util.List;

/**
 * A builtin that produces several outputs for one call (OPA's "relations", e.g. {@code walk}): the evaluator
 * must unify the output with each element of {@link #results} in turn, like iteration. {@link #call} returns all
 * outputs as one array for callers that are not relation-aware.
 */
public interface RelationBuiltin extends Builtin {

  /** Every output of the call, in OPA's order. */
  List<Value> results(List<Value> args, BuiltinContext ctx) throws BuiltinException;

  @Override
  default Value call(List<Value> args, BuiltinContext ctx) throws BuiltinException {
    return new ArrayValue(results(args, ctx));
  }
}
