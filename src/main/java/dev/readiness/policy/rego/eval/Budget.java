package dev.readiness.policy.rego.eval;

import dev.readiness.policy.rego.compile.RegoError;
import java.time.Duration;

/** Per-evaluation limits: a wall-clock deadline and a maximum number of evaluation steps. */
public final class Budget {
  private final long deadlineNanos;
  private final long maxSteps;
  private final Duration timeout;
  private long steps;

  public Budget(Duration timeout, long maxSteps) {
    this.timeout = timeout;
    this.maxSteps = maxSteps;
    this.deadlineNanos = System.nanoTime() + timeout.toNanos();
  }

  /** Counts one step; throws budget_exceeded when a limit is passed. */
  public void step() {
    steps++;
    if (steps > maxSteps) {
      throw new RegoError("budget_exceeded", "evaluation exceeded the step limit (" + maxSteps + " steps)", null);
    }
    if ((steps & 1023) == 0 && System.nanoTime() > deadlineNanos) {
      throw new RegoError("budget_exceeded", "evaluation exceeded the time limit (" + timeout.toMillis() + " ms)", null);
    }
  }

  /** Largest collection a comprehension or rule may build, so an allocating policy fails before the heap does. */
  public static final int MAX_COLLECTION_SIZE = 5_000_000;

  /** Throws budget_exceeded when a collection being built grows past {@link #MAX_COLLECTION_SIZE}. */
  public void checkSize(int size) {
    if (size > MAX_COLLECTION_SIZE) {
      throw new RegoError("budget_exceeded", "evaluation built a collection larger than " + MAX_COLLECTION_SIZE
          + " elements", null);
    }
  }

  public long steps() { return steps; }
}
