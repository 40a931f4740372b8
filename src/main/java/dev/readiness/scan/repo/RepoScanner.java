package dev.readiness.scan.repo;

import dev.readiness.scan.ScanContext;
import dev.readiness.scan.Scanner;
import dev.readiness.scan.compose.ComposeFacts;
import dev.readiness.scan.dockerfile.DockerfileFacts;
import dev.readiness.scan.dockerfile.ValueKindClassifier;
import dev.readiness.scan.repo.RepoFacts.Script;
import dev.readiness.scan.workflow.WorkflowFacts;
import java.util.List;

/**
 * Repository-level signals: docs, scripts, make targets, migrations, proxies, monitoring, deploy targets,
 * application components with source signals, secrets and hygiene. Runs after the compose, Dockerfile and
 * workflow scanners because components and backups refer to their facts.
 */
public final class RepoScanner implements Scanner<RepoFacts> {
  private final ComposeView compose;
  private final List<DockerfileFacts> dockerfiles;
  private final List<WorkflowFacts> workflows;
  private final ValueKindClassifier kinds;

  public RepoScanner(ComposeFacts compose, List<DockerfileFacts> dockerfiles, List<WorkflowFacts> workflows) {
    this(ComposeView.of(compose), dockerfiles, workflows, SharedValueKinds.CLASSIFIER);
  }

  RepoScanner(ComposeView compose, List<DockerfileFacts> dockerfiles, List<WorkflowFacts> workflows, ValueKindClassifier kinds) {
    this.compose = compose;
    this.dockerfiles = dockerfiles == null ? List.of() : dockerfiles;
    this.workflows = workflows == null ? List.of() : workflows;
    this.kinds = kinds;
  }

  @Override
  public RepoFacts scan(ScanContext context) {
    RepoFiles files = new RepoFiles(context);
    ScriptsReader scriptsReader = new ScriptsReader(files);
    List<Script> scripts = scriptsReader.scripts();
    DeployTargetsReader deploy = new DeployTargetsReader(files);
    List<RepoFacts.DeployTarget> targets = deploy.read();
    HygieneReader hygiene = new HygieneReader(files);
    SecretsReader secrets = new SecretsReader(files, kinds, compose);
    MigrationsReader migrations = new MigrationsReader(files);
    return new RepoFacts(
        List.copyOf(new DocsReader(files).read()),
        List.copyOf(scripts),
        List.copyOf(scriptsReader.makeTargets()),
        List.copyOf(migrations.read()),
        List.copyOf(new ProxyReader(files).read(compose)),
        new MonitoringReader(files).read(),
        List.copyOf(targets),
        List.copyOf(new ComponentsReader(files, compose, dockerfiles, workflows, scripts).read()),
        hygiene.dependencyUpdates(),
        List.copyOf(secrets.management(workflows, compose)),
        List.copyOf(secrets.committed()),
        List.copyOf(secrets.placeholders()),
        secrets.fileContexts(),
        List.copyOf(secrets.credentialFiles()),
        hygiene.gitignore(),
        List.copyOf(hygiene.backupSchedules(scripts, workflows, compose, deploy.kubernetesObjects())),
        List.copyOf(hygiene.suppressions()),
        List.copyOf(migrations.runs()));
  }
}
