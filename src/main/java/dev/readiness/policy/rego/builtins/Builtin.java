package dev.readiness.policy.rego.builtins;

import dev.readiness.policy.rego.value.Value;
import java.util.List;

/**
 * A Rego built-in function such as {@code startswith} or {@code strings.replace_n}.
 * Implementations are stateless; per-evaluation state (time, print output, limits) comes from the context.
 */
public interface Builtin {

  /** The dotted name used in Rego, e.g. {@code "count"} or {@code "json.marshal"}. */
  String name();

  /** The number of arguments, or -1 when variadic. */
  int arity();

  /**
   * Calls the builtin with already-evaluated arguments.
   *
   * @return the result, or {@code null} when the result is undefined
   * @throws BuiltinException for type errors ({@code eval_type_error}) and builtin errors ({@code eval_builtin_error})
   */
  Value call(List<Value> args, BuiltinContext ctx) throws BuiltinException;
}
