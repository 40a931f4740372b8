package dev.readiness.score;

import java.util.List;

/** Gaps by priority, most severe and complete failures first within each. */
public record Gaps(List<Gap> high, List<Gap> medium, List<Gap> low) {
  /** The gaps of one priority. */
  public List<Gap> of(Priority p) {
    if (p == Priority.HIGH) return high;
    return p == Priority.MEDIUM ? medium : low;
  }

  /** All gaps, HIGH first. */
  public List<Gap> all() {
    List<Gap> out = new java.util.ArrayList<>(high);
    out.addAll(medium);
    out.addAll(low);
    return List.copyOf(out);
  }
}
