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
    out.add(FunctionBuiltin.of("http.send", 1, HttpBuiltins::send));
    out.add(FunctionBuiltin.of("net.lookup_ip_addr", 1, HttpBuiltins::lookupLiteral));
    out.add(refused("providers.aws.sign_req", 3));
    return out;
  }

  private static final java.util.Set<String> SEND_KEYS = java.util.Set.of("method", "url", "body", "raw_body", "headers",
      "enable_redirect", "force_json_decode", "force_yaml_decode", "tls_use_system_certs", "tls_ca_cert",
      "tls_ca_cert_file", "tls_ca_cert_env_variable", "tls_client_cert", "tls_client_cert_file",
      "tls_client_cert_env_variable", "tls_client_key", "tls_client_key_file", "tls_client_key_env_variable",
      "tls_insecure_skip_verify", "tls_server_name", "timeout", "cache", "force_cache", "force_cache_duration_seconds",
      "raise_error", "caching_mode", "max_retry_attempts", "cache_ignored_headers");

  /** Validates the request like OPA (so authors see their mistakes) and then refuses to send it. */
  private static dev.readiness.policy.rego.value.Value send(Args a, BuiltinContext ctx) throws BuiltinException {
    dev.readiness.policy.rego.value.ObjectValue req = a.object(0);
    java.util.TreeSet<String> invalid = new java.util.TreeSet<>();
    for (dev.readiness.policy.rego.value.Value k : req.entries().keySet()) {
      String key = k instanceof dev.readiness.policy.rego.value.StringValue ks ? ks.value() : RegoText.render(k);
      if (!SEND_KEYS.contains(key)) invalid.add(key);
    }
    if (!invalid.isEmpty()) throw BuiltinException.typeError("http.send: invalid request parameters(s): " + quotedSet(invalid));
    java.util.TreeSet<String> missing = new java.util.TreeSet<>();
    for (String required : java.util.List.of("method", "url")) {
      if (req.get(required) == null) missing.add(required);
    }
    if (!missing.isEmpty()) throw BuiltinException.typeError("http.send: missing required request parameters(s): " + quotedSet(missing));
    throw BuiltinException.builtinError("http.send is not available: policies must not do I/O");
  }

  private static String quotedSet(java.util.Collection<String> keys) {
    java.util.List<String> q = new java.util.ArrayList<>();
    for (String k : keys) q.add(RegoText.goQuote(k));
    return "{" + String.join(", ", q) + "}";
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
