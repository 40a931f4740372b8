package dev.readiness.score;

import dev.readiness.check.Severity;

/** Gap priority; critical and high checks are HIGH, then one priority per severity. */
public enum Priority {
  HIGH, MEDIUM, LOW;

  /** The priority of a gap in a check of this severity. */
  public static Priority of(Severity s) {
    if (s == Severity.CRITICAL || s == Severity.HIGH) return HIGH;
    return s == Severity.MEDIUM ? MEDIUM : LOW;
  }
}
