package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.FunctionBuiltin.of;

import dev.readiness.policy.rego.value.SetValue;
import dev.readiness.policy.rego.value.Value;
import java.util.List;
import java.util.TreeSet;

/** {@code union} and {@code intersection} of a set of sets. */
public final class SetBuiltins {
  private SetBuiltins() {}

  public static List<Builtin> all() {
    return List.of(
        of("union", 1, (a, c) -> combine(a, true)),
        of("intersection", 1, (a, c) -> combine(a, false)));
  }

  private static Value combine(Args a, boolean union) throws BuiltinException {
    TreeSet<Value> acc = null;
    for (Value v : a.set(0)) {
      if (!(v instanceof SetValue s)) throw a.typeError(0, "must be set of sets but got set containing " + v.typeName());
      if (acc == null) {
        acc = new TreeSet<>(s.elements());
      } else if (union) {
        acc.addAll(s.elements());
      } else {
        acc.retainAll(s.elements());
      }
    }
    return acc == null ? SetValue.EMPTY : SetValue.of(acc);
  }
}
