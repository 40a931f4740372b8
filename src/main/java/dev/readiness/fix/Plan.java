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
 * @param heldBack unsafe remediations left out because --unsafe was not given
 */
public record Plan(List<Step> steps, ChangeSet changes, List<Workspace.Refusal> refusals, List<FixContext.Note> notes, List<String> unfixable,
                   List<Held> heldBack) {
  /** One remediated check; {@code unsafe} carries the catalog's reason when it is an opt-in remediation. */
  public record Step(String checkId, String summary, List<String> files, String unsafe) {
    public Step(String checkId, String summary, List<String> files) { this(checkId, summary, files, null); }
  }

  /** An unsafe remediation that was not planned, and why it needs the opt-in. */
  public record Held(String checkId, String summary, String why) {}

  /** Items only a person can supply (values, secrets, decisions). */
  public List<FixContext.Note> needsInput() { return notes.stream().filter(FixContext.Note::input).toList(); }

  /** Manual steps and explanations that are not missing values. */
  public List<FixContext.Note> manual() { return notes.stream().filter(n -> !n.input()).toList(); }

  public boolean isEmpty() { return changes.isEmpty(); }
}
