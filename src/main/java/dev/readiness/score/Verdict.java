package dev.readiness.score;

import java.util.List;

/**
 * The overall judgement.
 *
 * @param level ready, caveats or not-ready
 * @param label the human label (Production Ready, Ready with caveats, NOT Production Ready)
 * @param blockers IDs of failing critical and high checks: they keep the repository from "ready" whatever the score
 * @param incomplete IDs of checks that could not be judged (status error, e.g. a primary input failed to
 *     parse): the verdict is incomplete and says so in its label, and it is never "ready"
 */
public record Verdict(String level, String label, List<String> blockers, List<String> incomplete) {
  public Verdict(String level, String label, List<String> blockers) {
    this(level, label, blockers, List.of());
  }

  public static final String READY = "ready";
  public static final String CAVEATS = "caveats";
  public static final String NOT_READY = "not-ready";
}
