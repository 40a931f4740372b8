package dev.readiness.policy.rego.builtins;

import java.util.function.Consumer;

/** Receives the output of Rego's {@code print} calls, with where the call is (OPA's print.Hook). */
@FunctionalInterface
public interface PrintHook {
  /**
   * One print call.
   *
   * @param location {@code file:line} of the {@code print} call, or null when not known
   * @param message the arguments joined by spaces, as OPA formats them
   */
  void print(String location, String message);

  /** A hook that keeps only the messages. */
  static PrintHook messages(Consumer<String> sink) {
    return (location, message) -> sink.accept(message);
  }
}
