package dev.readiness.fix.remediation;

import dev.readiness.fix.FixContext;
import dev.readiness.fix.Remediation;
import dev.readiness.fix.Workspace;
import dev.readiness.fix.stack.Stack;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes DEPLOYMENT.md, RUNBOOK.md or SECURITY.md for this stack (services, compose chain, scripts, database). */
public final class DocGenerator implements Remediation {
  /** Which document this instance writes. */
  public enum Kind { DEPLOYMENT, RUNBOOK, SECURITY }

  private final Kind kind;

  public DocGenerator(Kind kind) {
    this.kind = kind;
  }

  @Override
  public void plan(String checkId, Stack stack, Workspace ws, FixContext ctx) {
    if (kind != Kind.SECURITY && ComposeTarget.blocked(stack)) {
      // A guide to deploying an example stack with placeholder secrets would send operators to deploy them.
      ComposeTarget.explainMissing(checkId, stack, ctx, "");
      return;
    }
    Map<String, Object> m = model(stack, ws);
    if (kind == Kind.DEPLOYMENT) {
      TemplateFile.generate(ws, ctx, checkId, "DEPLOYMENT.md", "docs/DEPLOYMENT.md.ftl", m, "a deployment guide for this stack: environments, configuration, steps, rollback");
    } else if (kind == Kind.RUNBOOK) {
      if (ComposeTarget.of(stack).isPresent()) {
        ScriptGenerator.ensure(ScriptGenerator.Kind.WAIT_FOR_HEALTHY, checkId, stack, ws, ctx);
        ScriptGenerator.ensure(ScriptGenerator.Kind.ROLLBACK, checkId, stack, ws, ctx);
      }
      TemplateFile.generate(ws, ctx, checkId, "RUNBOOK.md", "docs/RUNBOOK.md.ftl", m, "operational runbook: incident steps, rollback, backup restore, disaster recovery");
    } else {
      TemplateFile.generate(ws, ctx, checkId, "SECURITY.md", "docs/SECURITY.md.ftl", m, "a security policy with a private reporting channel");
      ctx.note(checkId, "enable private vulnerability reporting in the repository settings (SECURITY.md points to it)");
    }
  }

  private static Map<String, Object> model(Stack stack, Workspace ws) {
    Map<String, Object> m = new HashMap<>();
    m.put("name", stack.name());
    m.put("services", stack.services());
    Optional<ComposeTarget> t = ComposeTarget.of(stack);
    m.put("composeChain", t.map(x -> x.chain(stack)).orElse(List.of("compose.yaml")));
    m.put("composeFileVar", Images.composeFileVar(stack, ws));
    m.put("productionFile", t.map(ComposeTarget::file).orElse("the production compose file"));
    m.put("envTemplate", stack.envFiles().stream().filter(Stack.EnvFile::template).map(Stack.EnvFile::file).findFirst()
        .orElse(EnvTemplateGenerator.projectPrefix(stack) + ".env.example"));
    m.put("secretsGenerated", false);
    // The env files the production services actually read (env_file), and .env when compose interpolates from it.
    java.util.LinkedHashSet<String> envFiles = new java.util.LinkedHashSet<>();
    for (Stack.Service s : stack.services()) envFiles.addAll(s.envFiles());
    if (!stack.composeVariables().isEmpty() || ws.exists(EnvTemplateGenerator.projectPrefix(stack) + ".env")) envFiles.add(EnvTemplateGenerator.projectPrefix(stack) + ".env");
    m.put("runtimeEnv", envFiles.isEmpty() ? List.of(EnvTemplateGenerator.projectPrefix(stack) + ".env") : List.copyOf(envFiles));
    RepoFacts.defaultBranch(stack, ws).ifPresent(b -> m.put("mainBranch", b));
    // SECURITY.md states only practices the repository has (or this plan adds).
    boolean nonRoot = !stack.dockerfiles().isEmpty() && stack.dockerfiles().stream().allMatch(d -> d.finalUser() != null && !d.finalUser().matches("(?i)root|0(:.*)?|root:.*")
        || ws.read(d.file()).map(x -> x.contains("added by readiness fix")).orElse(false));
    m.put("nonRoot", nonRoot);
    boolean envIgnored = !stack.envFiles().isEmpty() && stack.envFiles().stream().filter(f -> !f.template()).allMatch(f -> f.gitignored() && !f.tracked());
    m.put("secretsIgnored", envIgnored);
    m.put("imageScan", ws.exists(".github/workflows/container-build.yml")
        || stack.workflows().stream().anyMatch(w -> w.intents().contains("scan") || w.actions().stream().anyMatch(a -> a.startsWith("aquasecurity/trivy-action") || a.startsWith("anchore/scan-action"))));
    m.put("dependencyUpdates", ws.exists(".github/dependabot.yml") || ws.exists(".github/dependabot.yaml") || ws.exists("renovate.json") || ws.exists(".github/renovate.json"));
    m.put("deployWorkflow", ws.read(".github/workflows/deploy.yml").map(dev.readiness.fix.GeneratedMarker::isGenerated).orElse(false));
    m.put("imageWorkflow", ws.exists(".github/workflows/container-build.yml"));
    stack.database().ifPresent(db -> m.put("db", ScriptGenerator.dbModel(db)));
    m.put("appServices", stack.services().stream().filter(s -> !s.isDatastore() && !"backup".equals(s.name())).map(Stack.Service::name).toList());
    m.put("migrationsNote", "run the down migration of your migration tool for the releases you roll back over, before rolling back the code.");
    return m;
  }
}
