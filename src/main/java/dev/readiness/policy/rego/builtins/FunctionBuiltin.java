package dev.readiness.policy.rego.builtins;

import dev.readiness.policy.rego.value.Value;
import java.util.List;

/**
 * A builtin backed by a lambda: the common shape of every standard builtin and the simplest way to
 * write a custom one (see {@link BuiltinRegistry#plus}).
 *
 * @param name the dotted Rego name
 * @param arity the number of arguments
 * @param body the implementation; receives the arguments wrapped in {@link Args} for typed access
 */
public record FunctionBuiltin(String name, int arity, Body body) implements Builtin {

  /** The implementation of a builtin. */
  @FunctionalInterface
  public interface Body {
    /** Returns the result, or null for undefined. */
    Value apply(Args args, BuiltinContext ctx) throws BuiltinException;
  }

  /** Shorthand constructor. */
  public static FunctionBuiltin of(String name, int arity, Body body) {
    return new FunctionBuiltin(name, arity, body);
  }

  @Override
  public Value call(List<Value> args, BuiltinContext ctx) throws BuiltinException {
    return body.apply(new Args(name, args), ctx);
  }
}
