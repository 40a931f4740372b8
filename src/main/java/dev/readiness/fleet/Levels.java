package dev.readiness.fleet;

import java.util.Comparator;
import java.util.List;

/**
 * Maturity levels, like service scorecards' bronze, silver and gold: a repository reaches the highest level whose
 * minimum overall score it meets (and, where the level asks, with no blocking check). Configured under
 * {@code levels:} in {@code .readiness.yml}; the defaults are below.
 */
public final class Levels {
  /** One level. */
  public record Level(String name, double minScore, boolean noBlockers) {}

  /** The default ladder: gold >= 8 with no blockers, silver >= 6.5, bronze >= 5. */
  public static final List<Level> DEFAULTS =
      List.of(new Level("gold", 8.0, true), new Level("silver", 6.5, false), new Level("bronze", 5.0, false));

  private final List<Level> ladder;

  public Levels(List<Level> levels) {
    this.ladder = levels.stream().sorted(Comparator.comparingDouble(Level::minScore).reversed()).toList();
  }

  /** The configured levels, or the defaults when none are configured. */
  public static Levels from(List<dev.readiness.config.ConfiguredLevel> configured) {
    return new Levels(configured.isEmpty() ? DEFAULTS
        : configured.stream().map(c -> new Level(c.name(), c.minScore(), c.noBlockers())).toList());
  }

  public List<Level> ladder() {
    return ladder;
  }

  /** The highest level the scan reaches, or null when it reaches none. */
  public String of(ScanSummary s) {
    Double overall = s.overall();
    if (overall == null) {
      return null;
    }
    for (Level l : ladder) {
      if (overall >= l.minScore() - 1e-9 && (!l.noBlockers() || s.blockers().isEmpty())) {
        return l.name();
      }
    }
    return null;
  }
}
