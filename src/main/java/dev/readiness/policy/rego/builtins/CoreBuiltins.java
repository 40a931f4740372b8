package dev.readiness.policy.rego.builtins;

import java.util.List;

/** Operators, aggregates, arrays and other builtins the Rego language itself relies on. */
public final class CoreBuiltins {
  private CoreBuiltins() {}

  public static List<Builtin> all() {
    return List.of();
  }
}
