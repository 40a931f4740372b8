package dev.readiness.score;

import dev.readiness.check.Severity;

/**
 * A failing (or, marked partial, warning) check.
 *
 * @param checkId the check ID
 * @param title the check title
 * @param category the check category
 * @param severity the effective severity
 * @param partial true for a warn (some items pass)
 * @param remediation what to do, from the check's METADATA (may be null)
 * @param fixable whether {@code readiness fix} remediates it
 */
public record Gap(String checkId, String title, String category, Severity severity, boolean partial,
                  String remediation, boolean fixable) {}
