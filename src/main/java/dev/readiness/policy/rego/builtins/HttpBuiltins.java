package dev.readiness.policy.rego.builtins;

import java.util.ArrayList;
import java.util.List;

/**
 * Builtins that would do I/O or depend on the outside world. They are registered (so policies that call them
 * compile) but always fail with an explicit eval_builtin_error: readiness checks must be deterministic and
 * must never reach the network from a policy.
 */
public final class HttpBuiltins {
  private HttpBuiltins() {}

  public static List<Builtin> all() {
    List<Builtin> out = new ArrayList<>();
    out.add(refused("http.send", 1));
    out.add(refused("net.lookup_ip_addr", 1));
    out.add(refused("providers.aws.sign_req", 3));
    return out;
  }

  private static Builtin refused(String name, int arity) {
    return FunctionBuiltin.of(name, arity, (a, c) -> {
      throw BuiltinException.builtinError(name + " is not available: policies must not do I/O");
    });
  }
}
