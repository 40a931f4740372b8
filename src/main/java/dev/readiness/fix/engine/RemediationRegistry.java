package dev.readiness.fix.engine;

import dev.readiness.fix.Remediation;
import dev.readiness.fix.remediation.ComposeServicePatch;
import dev.readiness.fix.remediation.DependabotGenerator;
import dev.readiness.fix.remediation.DocGenerator;
import dev.readiness.fix.remediation.DockerfileGenerator;
import dev.readiness.fix.remediation.DockerfileNonRootUser;
import dev.readiness.fix.remediation.DockerignoreGenerator;
import dev.readiness.fix.remediation.EnvGitignore;
import dev.readiness.fix.remediation.EnvTemplateGenerator;
import dev.readiness.fix.remediation.MonitoringGenerator;
import dev.readiness.fix.remediation.ProxySnippets;
import dev.readiness.fix.remediation.RuntimeEnvGenerator;
import dev.readiness.fix.remediation.ScriptGenerator;
import dev.readiness.fix.remediation.WorkflowGenerator;
import dev.readiness.fix.remediation.WorkflowPermissions;
import java.util.Map;
import java.util.Optional;

/** The remediation implementations by the keys remediations/catalog.yml uses. */
public final class RemediationRegistry {
  private final Map<String, Remediation> byKey = Map.ofEntries(
      Map.entry("dockerfile", new DockerfileGenerator()),
      Map.entry("dockerignore", new DockerignoreGenerator()),
      Map.entry("dockerfile-user", new DockerfileNonRootUser()),
      Map.entry("compose-override", new ComposeServicePatch(ComposeServicePatch.Aspect.OVERRIDE)),
      Map.entry("compose-restart", new ComposeServicePatch(ComposeServicePatch.Aspect.RESTART)),
      Map.entry("compose-limits", new ComposeServicePatch(ComposeServicePatch.Aspect.LIMITS)),
      Map.entry("compose-logging", new ComposeServicePatch(ComposeServicePatch.Aspect.LOGGING)),
      Map.entry("compose-healthcheck", new ComposeServicePatch(ComposeServicePatch.Aspect.HEALTHCHECK)),
      Map.entry("compose-datastore-ports", new ComposeServicePatch(ComposeServicePatch.Aspect.DATASTORE_PORTS)),
      Map.entry("compose-depends-on", new ComposeServicePatch(ComposeServicePatch.Aspect.DEPENDS_ON)),
      Map.entry("compose-healthy-depends-on", new ComposeServicePatch(ComposeServicePatch.Aspect.HEALTHY_DEPENDS_ON)),
      Map.entry("runtime-env", new RuntimeEnvGenerator()),
      Map.entry("env-template", new EnvTemplateGenerator()),
      Map.entry("env-gitignore", new EnvGitignore()),
      Map.entry("wait-for-healthy", new ScriptGenerator(ScriptGenerator.Kind.WAIT_FOR_HEALTHY)),
      Map.entry("rollback", new ScriptGenerator(ScriptGenerator.Kind.ROLLBACK)),
      Map.entry("backup", new ScriptGenerator(ScriptGenerator.Kind.BACKUP)),
      Map.entry("container-build-workflow", new WorkflowGenerator(WorkflowGenerator.Kind.CONTAINER_BUILD)),
      Map.entry("deploy-workflow", new WorkflowGenerator(WorkflowGenerator.Kind.DEPLOY)),
      Map.entry("workflow-permissions", new WorkflowPermissions()),
      Map.entry("dependabot", new DependabotGenerator()),
      Map.entry("prometheus", new MonitoringGenerator(MonitoringGenerator.Kind.METRICS)),
      Map.entry("log-shipping", new MonitoringGenerator(MonitoringGenerator.Kind.LOGS)),
      Map.entry("nginx-rate-limit", new ProxySnippets(ProxySnippets.Kind.RATE_LIMIT)),
      Map.entry("nginx-tls", new ProxySnippets(ProxySnippets.Kind.TLS)),
      Map.entry("deployment-doc", new DocGenerator(DocGenerator.Kind.DEPLOYMENT)),
      Map.entry("runbook", new DocGenerator(DocGenerator.Kind.RUNBOOK)),
      Map.entry("security-policy", new DocGenerator(DocGenerator.Kind.SECURITY)));

  public Optional<Remediation> get(String key) {
    return Optional.ofNullable(byKey.get(key));
  }
}
