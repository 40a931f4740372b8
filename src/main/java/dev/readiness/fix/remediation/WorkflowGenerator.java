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
    if (kind == Kind.CONTAINER_BUILD) {
      List<Images.Image> images = Images.of(stack, ws);
      if (images.isEmpty()) {
        ctx.note(checkId, "no Dockerfile to build; the image workflow is written once the stack has one");
        return;
      }
      String path = ".github/workflows/container-build.yml";
      boolean usersOwn = ws.read(path).map(t -> !dev.readiness.fix.GeneratedMarker.isGenerated(t)).orElse(ws.exists(path));
      if (usersOwn && checkId.equals("security.ci.image-scanning")) {
        ctx.note(checkId, path + " exists; add an image scan step (e.g. aquasecurity/trivy-action) to it by hand");
        return;
      }
      TemplateFile.generate(ws, ctx, checkId, path, "workflows/container-build.yml.ftl",
          Map.of("images", images.stream().map(i -> Map.of("name", i.name(), "context", i.context(), "dockerfile", i.dockerfile())).toList(), "mainBranch", "main"),
          "build, scan (Trivy) and push the stack's " + images.size() + " image(s) to GHCR");
    } else {
      if (ComposeTarget.of(stack).isEmpty()) {
        ctx.note(checkId, "no compose stack found; the deploy workflow targets compose deployments");
        return;
      }
      boolean ok = TemplateFile.generate(ws, ctx, checkId, ".github/workflows/deploy.yml", "workflows/deploy.yml.ftl",
          Map.of("mainBranch", "main", "composeFileVar", Images.composeFileVar(stack)),
          "deploy on main and tags with a health-verified rollout and automatic rollback");
      if (ok) {
        ScriptGenerator.ensure(ScriptGenerator.Kind.WAIT_FOR_HEALTHY, checkId, stack, ws, ctx);
        ScriptGenerator.ensure(ScriptGenerator.Kind.ROLLBACK, checkId, stack, ws, ctx);
        ctx.note(checkId, "set the DEPLOY_HOST, DEPLOY_USER, DEPLOY_SSH_KEY, DEPLOY_KNOWN_HOSTS and DEPLOY_PATH secrets and protection rules on the GitHub \"production\" environment");
      }
    }
  }
}
