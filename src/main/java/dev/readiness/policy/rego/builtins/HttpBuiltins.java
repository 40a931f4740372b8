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
    out.add(FunctionBuiltin.of("net.lookup_ip_addr", 1, HttpBuiltins::lookupLiteral));
    out.add(refused("providers.aws.sign_req", 3));
    return out;
  }

  /** An IP literal "resolves" to itself without any lookup; names would need DNS and are refused. */
  private static dev.readiness.policy.rego.value.Value lookupLiteral(Args a, BuiltinContext ctx) throws BuiltinException {
    String name = a.string(0);
    IpNetwork ip = IpNetwork.parseIp(name);
    if (ip == null) throw BuiltinException.builtinError("net.lookup_ip_addr is not available: policies must not do I/O");
    return dev.readiness.policy.rego.value.SetValue.of(dev.readiness.policy.rego.value.StringValue.of(ip.addressText(ip.address())));
  }

  private static Builtin refused(String name, int arity) {
    return FunctionBuiltin.of(name, arity, (a, c) -> {
      throw BuiltinException.builtinError(name + " is not available: policies must not do I/O");
    });
  }
}
