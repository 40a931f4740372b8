package dev.readiness.policy;

import dev.readiness.policy.rego.value.Value;
import java.util.List;
import java.util.Optional;

/**
 * One set of loaded policies that can be queried by entrypoint. Two implementations: the pure-Java
 * Rego interpreter (for {@code .rego} sources) and OPA-compiled wasm bundles (via opa-java-wasm).
 * Both return the same results for the same policy, input and data.
 */
public interface PolicyEngine extends AutoCloseable {

  /** Short engine name for diagnostics and {@code --version}: "rego" or "wasm". */
  String name();

  /**
   * The entrypoints this engine can evaluate, as slash paths without the {@code data} root
   * (e.g. {@code readiness/security/non_root/deny}); OPA wasm bundles fix these at build time.
   */
  List<String> entrypoints();

  /**
   * Evaluates one entrypoint (slash path as in {@link #entrypoints()}, or dotted {@code data.a.b})
   * against the input document.
   *
   * @return the value, or empty when the result is undefined
   * @throws PolicyException when evaluation fails (conflict, type error, budget exceeded, ...)
   */
  Optional<Value> evaluate(String entrypoint, Value input) throws PolicyException;

  /**
   * Opens a series of evaluations against one input. Engines may share work between them (the Rego
   * interpreter computes each rule, e.g. a library helper used by many checks, once per session);
   * each evaluation still has its own budget. A session is used by one thread at a time.
   */
  default Session session(Value input) {
    return entrypoint -> evaluate(entrypoint, input);
  }

  /** Evaluations of several entrypoints against the input a {@link #session(Value)} was opened with. */
  @FunctionalInterface
  interface Session {
    /** As {@link PolicyEngine#evaluate(String, Value)} with the session's input. */
    Optional<Value> evaluate(String entrypoint) throws PolicyException;
  }

  @Override
  default void close() {}
}
