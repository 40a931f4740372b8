package dev.readiness.policy.rego.builtins;

import java.util.ArrayList;
import java.util.List;

/** Assembles the standard library from its parts (one class per family of builtins). */
final class StandardBuiltins {
  private StandardBuiltins() {}

  static List<Builtin> all() {
    List<Builtin> all = new ArrayList<>();
    all.addAll(CoreBuiltins.all());
    return all;
  }
}
