package dev.readiness.fix.remediation;

import dev.readiness.fix.FixContext;
import dev.readiness.fix.Remediation;
import dev.readiness.fix.Workspace;
import dev.readiness.fix.stack.Stack;
import java.util.ArrayList;
import java.util.List;

/** Gitignores env files that hold real values (templates stay tracked); tracked ones also need {@code git rm --cached}. */
public final class EnvGitignore implements Remediation {
  @Override
  public void plan(String checkId, Stack stack, Workspace ws, FixContext ctx) {
    List<String> patterns = new ArrayList<>();
    for (Stack.EnvFile f : stack.envFiles()) {
      if (f.template() || f.gitignored()) continue;
      patterns.add(f.file());
      if (f.tracked()) ctx.note(checkId, f.file() + " is tracked by git: run `git rm --cached " + f.file() + "` and rotate the secrets it held");
    }
    patterns.add(".env");
    patterns.add("*.local");
    boolean anyReal = stack.envFiles().stream().anyMatch(f -> !f.template() && !f.gitignored());
    if (anyReal) Gitignore.ensure(ws, checkId, patterns, "keep env files with real values out of git");
  }
}
