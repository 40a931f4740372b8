package dev.readiness.fix.remediation;

import dev.readiness.fix.FixContext;
import dev.readiness.fix.Remediation;
import dev.readiness.fix.Workspace;
import dev.readiness.fix.YamlTextEditor;
import dev.readiness.fix.stack.Stack;
import java.util.Optional;

/**
 * Adds a least-privilege top-level {@code permissions:} block to GitHub workflows that declare none
 * (read-only contents, plus the write scopes their intents need: packages for image pushes, contents
 * for releases), above {@code jobs:}.
 */
public final class WorkflowPermissions implements Remediation {
  @Override
  public void plan(String checkId, Stack stack, Workspace ws, FixContext ctx) {
    for (Stack.Workflow w : stack.workflows()) {
      if (!"github".equals(w.provider()) || w.permissionsDeclared() || w.allJobsDeclarePermissions()) continue;
      Optional<String> text = ws.read(w.file());
      if (text.isEmpty()) continue;
      try {
        YamlTextEditor ed = YamlTextEditor.of(w.file(), text.get());
        if (ed.has("permissions")) continue;
        StringBuilder f = new StringBuilder("permissions:\n");
        boolean release = w.intents().contains("release");
        f.append("  contents: ").append(release ? "write" : "read").append('\n');
        if (w.intents().contains("push-image")) f.append("  packages: write\n");
        ws.patch(w.file(), ed.insertBeforeTopLevel("jobs", f.toString()), checkId,
            "give " + w.file() + "'s GITHUB_TOKEN only the scopes its jobs need");
        if (w.intents().contains("deploy")) ctx.note(checkId, w.file() + ": deploy jobs that use OIDC need `id-token: write` on that job");
      } catch (YamlTextEditor.EditException e) {
        ctx.note(checkId, e.getMessage());
      }
    }
  }
}
