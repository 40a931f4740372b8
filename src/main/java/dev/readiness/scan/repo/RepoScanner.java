package dev.readiness.scan.repo;

import dev.readiness.concurrent.Background;
import dev.readiness.scan.ScanContext;
import dev.readiness.scan.Scanner;
import dev.readiness.scan.compose.ComposeFacts;
import dev.readiness.scan.dockerfile.DockerfileFacts;
import dev.readiness.scan.dockerfile.ValueKindClassifier;
import dev.readiness.scan.repo.RepoFacts.Located;
import dev.readiness.scan.repo.RepoFacts.Script;
import dev.readiness.scan.workflow.WorkflowFacts;
import java.util.List;
import java.util.concurrent.CompletableFuture;

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
    SecretsReader secrets = new SecretsReader(files, kinds, compose);
    // Two lanes for the two cores: docs and secrets (the largest searches, over most text files) beside
    // the other readers. The readers only read the context; the diagnostics are sorted at the end.
    CompletableFuture<DocsAndSecrets> lane = Background.start("readiness-scan-repo", () -> {
      List<RepoFacts.Doc> docs = List.copyOf(new DocsReader(files).read());
      List<Located> management = List.copyOf(secrets.management(workflows, compose));
      secrets.committed();
      return new DocsAndSecrets(docs, management);
    });
    ScriptsReader scriptsReader = new ScriptsReader(files);
    List<Script> scripts = scriptsReader.scripts();
    DeployTargetsReader deploy = new DeployTargetsReader(files);
    List<RepoFacts.DeployTarget> targets = deploy.read();
    HygieneReader hygiene = new HygieneReader(files);
    MigrationsReader migrations = new MigrationsReader(files);
    List<RepoFacts.MakeTarget> makeTargets = List.copyOf(scriptsReader.makeTargets());
    List<RepoFacts.MigrationSet> migrationSets = List.copyOf(migrations.read());
    List<RepoFacts.Proxy> proxies = List.copyOf(new ProxyReader(files).read(compose));
    RepoFacts.Monitoring monitoring = new MonitoringReader(files).read();
    List<RepoFacts.Component> components = List.copyOf(new ComponentsReader(files, compose, dockerfiles, workflows, scripts).read());
    RepoFacts.DependencyUpdates dependencyUpdates = hygiene.dependencyUpdates();
    RepoFacts.Gitignore gitignore = hygiene.gitignore();
    List<Located> backups = List.copyOf(hygiene.backupSchedules(scripts, workflows, compose, deploy.kubernetesObjects()));
    List<RepoFacts.InlineSuppression> suppressions = List.copyOf(hygiene.suppressions());
    List<Located> migrationRuns = List.copyOf(migrations.runs());
    DocsAndSecrets other = Background.await(lane);
    return new RepoFacts(
        other.docs(),
        List.copyOf(scripts),
        makeTargets,
        migrationSets,
        proxies,
        monitoring,
        List.copyOf(targets),
        components,
        dependencyUpdates,
        other.management(),
        List.copyOf(secrets.committed()),
        List.copyOf(secrets.placeholders()),
        secrets.fileContexts(),
        List.copyOf(secrets.credentialFiles()),
        gitignore,
        backups,
        suppressions,
        migrationRuns);
  }

  /** What the second lane finds. */
  private record DocsAndSecrets(List<RepoFacts.Doc> docs, List<Located> management) {}
}
