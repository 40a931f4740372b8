package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.FunctionBuiltin.of;

import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.StringValue;
import java.util.List;
import java.util.Map;

/** {@code opa.runtime()}: exposes only the environment the caller put in the context (empty by default). */
public final class RuntimeBuiltins {
  private RuntimeBuiltins() {}

  public static List<Builtin> all() {
    return List.of(of("opa.runtime", 0, (a, c) -> {
      ObjectValue.Builder env = ObjectValue.builder();
      for (Map.Entry<String, String> e : c.env().entrySet()) env.put(e.getKey(), StringValue.of(e.getValue()));
      return ObjectValue.builder().put("env", env.build()).build();
    }));
  }
}
