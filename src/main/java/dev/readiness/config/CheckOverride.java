package dev.readiness.config;

import dev.readiness.check.Severity;

/**
 * A per-check setting from {@code checks.<id>} in .readiness.yml.
 *
 * @param enabled false to drop the check, null to keep the default
 * @param severity replacement severity, or null to keep the policy's
 * @param line 1-based line of the entry (for error messages)
 */
public record CheckOverride(Boolean enabled, Severity severity, int line) {}
