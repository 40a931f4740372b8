package dev.readiness.fix;

import dev.readiness.check.CheckResult;
import dev.readiness.check.Status;
import dev.readiness.fix.stack.Stack;
import dev.readiness.model.Diagnostic;
import dev.readiness.score.Scorecard;
import java.util.List;

/**
 * One scan of the repository as the fix sees it: the stack, the check results and their scores.
 *
 * @param stack the fix-oriented view of the input document
 * @param results every check result
 * @param scorecard per-category and overall scores
 * @param diagnostics files that could not be read or parsed
 */
public record Assessment(Stack stack, List<CheckResult> results, Scorecard scorecard, List<Diagnostic> diagnostics) {
  public Assessment {
    results = List.copyOf(results);
    diagnostics = List.copyOf(diagnostics);
  }

  /** IDs of checks that fail or pass only partly. */
  public List<String> failing() {
    return results.stream().filter(r -> r.status() == Status.FAIL || r.status() == Status.WARN).map(r -> r.metadata().id()).toList();
  }

  public Status status(String checkId) {
    return results.stream().filter(r -> r.metadata().id().equals(checkId)).map(CheckResult::status).findFirst().orElse(null);
  }

  /** Scans a repository root into an assessment (the scan pipeline, the check runner and the scorer). */
  public interface Assessor {
    Assessment assess(java.nio.file.Path root, List<String> exclude);
  }
}
