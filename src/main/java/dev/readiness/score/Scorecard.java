package dev.readiness.score;

import java.util.Map;

/**
 * Everything scoring derives from the check results.
 *
 * @param categories score per category in report order, null where no check applied
 * @param overall mean of the non-null category scores, or null when none applied
 * @param verdict the verdict
 * @param gaps gaps by priority
 * @param recommendations the phased plan
 */
public record Scorecard(Map<String, Double> categories, Double overall, Verdict verdict, Gaps gaps,
                        Recommendations recommendations) {}
