package dev.readiness.fix;

import java.util.List;

/**
 * The outcome of planning: which checks get remediated, the file changes, what was refused and what
 * needs a human.
 *
 * @param steps one per remediated check, in execution order
 * @param changes the file changes (at most one per path)
 * @param refusals changes that may not be made (exit code 2 with --apply)
 * @param notes manual follow-ups and skipped items
 * @param unfixable failing checks the catalog has no remediation for
 */
public record Plan(List<Step> steps, ChangeSet changes, List<Workspace.Refusal> refusals, List<FixContext.Note> notes, List<String> unfixable) {
  /** One remediated check. */
  public record Step(String checkId, String summary, List<String> files) {}

  public boolean isEmpty() { return changes.isEmpty(); }
}
