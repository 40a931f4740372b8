package dev.readiness.config;

import dev.readiness.check.Severity;
import java.util.List;
import java.util.Map;

/**
 * The parsed {@code .readiness.yml}: gate thresholds, excludes, per-check overrides, suppressions and
 * extra policy directories. Every field has a neutral default so an absent file equals an empty one.
 *
 * @param file the file it was read from, or null when none
 * @param failUnder overall score threshold, or null
 * @param failUnderCategory per-category thresholds (insertion ordered)
 * @param failOn severity at or above which a failing check fails the gate, or null
 * @param exclude globs of paths discovery skips
 * @param checks per-check overrides by check ID
 * @param suppressions suppressions in declaration order
 * @param policies extra policy directories, resolved against the config file's directory
 * @param checkLines line of each check ID key, for "unknown check" errors found once the catalog is known
 * @param levels maturity levels (bronze/silver/gold-like) for fleet reports, highest first; empty: the defaults
 */
public record ReadinessConfig(String file, Double failUnder, Map<String, Double> failUnderCategory, Severity failOn,
                              List<String> exclude, Map<String, CheckOverride> checks,
                              List<ConfiguredSuppression> suppressions, List<String> policies,
                              Map<String, Integer> checkLines, List<ConfiguredLevel> levels) {

  /** The configuration used when there is no file. */
  public static ReadinessConfig empty() {
    return new ReadinessConfig(null, null, Map.of(), null, List.of(), Map.of(), List.of(), List.of(), Map.of(), List.of());
  }
}
