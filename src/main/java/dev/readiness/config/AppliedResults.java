package dev.readiness.config;

import dev.readiness.check.CheckResult;
import dev.readiness.model.Diagnostic;
import java.util.List;

/**
 * Check results after configuration was applied, with what the application had to report.
 *
 * @param results the results to score and report
 * @param diagnostics expired, reason-less or dangling suppressions
 */
public record AppliedResults(List<CheckResult> results, List<Diagnostic> diagnostics) {}
