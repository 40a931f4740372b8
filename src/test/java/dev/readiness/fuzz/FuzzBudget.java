package dev.readiness.fuzz;

/**
 * Limits shared by the fuzz targets. {@link #MAX_DURATION} only applies in fuzzing mode
 * ({@code JAZZER_FUZZ=1}, the {@code fuzz} Maven profile); in a normal build the targets replay their
 * seeds. {@link #INPUT_TIMEOUT_SECONDS} is the per-input limit: in a normal build JUnit applies it to each
 * seed on a separate thread (so an endless loop fails the test instead of hanging the build); in fuzzing
 * mode Jazzer turns it into libFuzzer's {@code -timeout}, which reports a hang as a finding
 * ({@code timeout-<sha1>} in the seed directory). The profile switches JUnit's own timeouts off there,
 * as they would otherwise apply to the whole fuzzing run.
 */
final class FuzzBudget {
  /** Fuzzing time per target (Jazzer duration syntax). Annotation values must be constants, hence one here. */
  static final String MAX_DURATION = "4m";
  /** Longest one input may take. */
  static final long INPUT_TIMEOUT_SECONDS = 10;

  private FuzzBudget() {}
}
