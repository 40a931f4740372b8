package dev.readiness.policy.rego.builtins;

import java.util.function.Consumer;

/**
 * Per-evaluation state that builtins may read: the evaluation's fixed "now", where {@code print}
 * output goes, and environment values for {@code opa.runtime}. One instance per query evaluation.
 *
 * @param nowNanos the time returned by {@code time.now_ns}, fixed for the whole evaluation
 * @param printHook receives {@code print} output with the call's location
 * @param env environment variables visible to {@code opa.runtime}
 * @param strictBuiltinErrors when true a builtin error aborts evaluation instead of making the expression undefined
 */
public record BuiltinContext(long nowNanos, PrintHook printHook, java.util.Map<String, String> env,
                             boolean strictBuiltinErrors) {

  /** A context whose print output keeps only the messages. */
  public BuiltinContext(long nowNanos, Consumer<String> printSink, java.util.Map<String, String> env,
                        boolean strictBuiltinErrors) {
    this(nowNanos, PrintHook.messages(printSink), env, strictBuiltinErrors);
  }

  /** A context for the current time that discards print output. */
  public static BuiltinContext now() {
    java.time.Instant t = java.time.Instant.now();
    return new BuiltinContext(t.getEpochSecond() * 1_000_000_000L + t.getNano(), (PrintHook) (l, s) -> {}, java.util.Map.of(),
        false);
  }
}
