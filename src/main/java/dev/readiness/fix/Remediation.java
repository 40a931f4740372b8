package dev.readiness.fix;

import dev.readiness.fix.stack.Stack;

/**
 * Fixes one failing check by planning edits in the workspace: a generator (renders a template
 * into a new file) or a patcher (a minimal edit of an existing file). Idempotent by construction:
 * it plans nothing when its change is already present.
 */
public interface Remediation {
  /** Plans the changes for the check (several checks may share one implementation). */
  void plan(String checkId, Stack stack, Workspace ws, FixContext ctx);
}
