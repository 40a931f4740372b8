package dev.readiness.policy.rego.eval;

import dev.readiness.policy.rego.RegoError;
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

  public long steps() { return steps; }
}
