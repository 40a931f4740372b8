package dev.readiness.score;

import java.util.List;

/**
 * The overall judgement.
 *
 * @param level ready, caveats or not-ready
 * @param label the human label (Production Ready, Ready with caveats, NOT Production Ready)
 * @param blockers IDs of failing critical and high checks: they keep the repository from "ready" whatever the score
 */
public record Verdict(String level, String label, List<String> blockers) {
  public static final String READY = "ready";
  public static final String CAVEATS = "caveats";
  public static final String NOT_READY = "not-ready";
}
