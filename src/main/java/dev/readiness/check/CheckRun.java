package dev.readiness.check;

import dev.readiness.model.Diagnostic;
import java.util.List;

/**
 * The outcome of running every loaded check on one input document.
 *
 * @param results one result per check, in catalog order (built-in checks first, then user checks)
 * @param diagnostics policy problems met while running (evaluation errors, budget exceeded, unreadable files)
 */
public record CheckRun(List<CheckResult> results, List<Diagnostic> diagnostics) {
  public CheckRun {
    results = List.copyOf(results);
    diagnostics = List.copyOf(diagnostics);
  }
}
