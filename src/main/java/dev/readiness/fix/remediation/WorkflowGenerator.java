package dev.readiness.fix.remediation;

import dev.readiness.fix.FixContext;
import dev.readiness.fix.Remediation;
import dev.readiness.fix.Workspace;
import dev.readiness.fix.stack.Stack;
import java.util.List;
import java.util.Map;

/**
 * Writes the GitHub Actions workflows the stack lacks: {@code container-build.yml} (build, Trivy scan,
 * push to GHCR; also the fix for image scanning) or {@code deploy.yml} (health-verified compose
 * rollout over SSH with automatic rollback, behind the "production" environment).
 */
public final class WorkflowGenerator implements Remediation {
  /** Which workflow this instance writes. */
  public enum Kind { CONTAINER_BUILD, DEPLOY }

  private final Kind kind;

  public WorkflowGenerator(Kind kind) {
    this.kind = kind;
  }

  @Override
  public void plan(String checkId, Stack stack, Workspace ws, FixContext ctx) {
    Map<String, Object> m = new java.util.HashMap<>();
    List<String> unpinned = new java.util.ArrayList<>();
    m.put("uses", RepoFacts.uses(stack, unpinned));
    java.util.Optional<String> branch = RepoFacts.defaultBranch(stack, ws);
    branch.ifPresent(b -> m.put("mainBranch", b));
    String path = kind == Kind.CONTAINER_BUILD ? ".github/workflows/container-build.yml" : ".github/workflows/deploy.yml";
    if (!unpinned.isEmpty() && !ws.exists(path)) {
      ctx.needsInput(checkId, "this repository pins every action to a commit SHA: give the commit SHAs of " + String.join(", ", unpinned)
          + " (e.g. in a workflow of yours) so " + path + " can be generated pinned the same way");
      return;
    }
    if (branch.isEmpty()) {
      ctx.needsInput(checkId, path + " runs on tags and by hand only: the default branch is not known (no workflow names it and git has no origin/HEAD); add it under on.push.branches");
    }
    if (kind == Kind.CONTAINER_BUILD) {
      List<Images.Image> images = Images.of(stack, ws);
      if (images.isEmpty()) {
        ctx.note(checkId, "no Dockerfile to build; the image workflow is written once the stack has one");
        return;
      }
      boolean usersOwn = ws.read(path).map(t -> !dev.readiness.fix.GeneratedMarker.isGenerated(t)).orElse(ws.exists(path));
      if (usersOwn && checkId.equals("security.ci.image-scanning")) {
        ctx.note(checkId, path + " exists; add an image scan step (e.g. aquasecurity/trivy-action) to it by hand");
        return;
      }
      m.put("images", images.stream().map(i -> Map.of("name", i.name(), "context", i.context(), "dockerfile", i.dockerfile())).toList());
      TemplateFile.generate(ws, ctx, checkId, path, "workflows/container-build.yml.ftl", m,
          "build, scan (Trivy) and push the stack's " + images.size() + " image(s) to GHCR");
    } else {
      if (ComposeTarget.of(stack).isEmpty()) {
        ComposeTarget.explainMissing(checkId, stack, ctx, "no compose stack found; the deploy workflow targets compose deployments");
        return;
      }
      m.put("composeFileVar", Images.composeFileVar(stack, ws));
      boolean ok = TemplateFile.generate(ws, ctx, checkId, path, "workflows/deploy.yml.ftl", m,
          "deploy on " + branch.map(b -> b + " and ").orElse("") + "version tags with a health-verified rollout and automatic rollback");
      if (ok) {
        ScriptGenerator.ensure(ScriptGenerator.Kind.WAIT_FOR_HEALTHY, checkId, stack, ws, ctx);
        ScriptGenerator.ensure(ScriptGenerator.Kind.ROLLBACK, checkId, stack, ws, ctx);
        ctx.note(checkId, "set the DEPLOY_HOST, DEPLOY_USER, DEPLOY_SSH_KEY, DEPLOY_KNOWN_HOSTS and DEPLOY_PATH secrets and protection rules on the GitHub \"production\" environment");
      }
    }
  }
}
