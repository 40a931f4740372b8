package dev.readiness.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.readiness.scan.dockerfile.DockerfileFacts;
import dev.readiness.scan.dockerfile.DockerfileScanner;
import dev.readiness.scan.repo.RepoFacts;
import dev.readiness.scan.repo.RepoFacts.Component;
import dev.readiness.scan.repo.RepoScanner;
import dev.readiness.scan.workflow.WorkflowFacts;
import dev.readiness.scan.workflow.WorkflowScanner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled example must show what the seed audit says about it, with the right lines. */
class MvpStackExampleTest {
  private static final Path EXAMPLE = Path.of("examples/mvp-stack");
  private static TestScanContext ctx;
  private static List<DockerfileFacts> dockerfiles;
  private static List<WorkflowFacts> workflows;
  private static RepoFacts repo;

  @BeforeAll
  static void scan() {
    assumeTrue(Files.isDirectory(EXAMPLE), "examples/mvp-stack not found (run from the project root)");
    ctx = TestScanContext.over(EXAMPLE);
    dockerfiles = new DockerfileScanner().scan(ctx);
    workflows = new WorkflowScanner().scan(ctx);
    repo = new RepoScanner(null, dockerfiles, workflows).scan(ctx);
  }

  @Test
  void backendDockerfileIsMultiStageAndRunsAsRoot() {
    assertEquals(1, dockerfiles.size(), "frontend has no Dockerfile");
    DockerfileFacts d = dockerfiles.get(0);
    assertEquals("backend/Dockerfile", d.file());
    assertEquals(2, d.stages().size());
    assertEquals("builder", d.stages().get(0).name());
    assertEquals(5, d.stages().get(0).line());
    assertEquals("python:3.11-slim", d.stages().get(1).from().resolved());
    DockerfileFacts.Stage last = d.stages().get(d.finalStage());
    assertNull(last.user(), "no USER: the container runs as root");
    assertNull(last.healthcheck());
    assertEquals("builder", last.copies().get(0).from());
    assertTrue(last.runs().stream().allMatch(DockerfileFacts.Run::cleansCache));
    assertEquals(24, last.cmd().line());
    assertEquals("uvicorn", last.cmd().value().get(0));
    assertEquals("8000", last.expose().get(0).port());
  }

  @Test
  void onlyATestWorkflow() {
    assertEquals(1, workflows.size());
    WorkflowFacts w = workflows.get(0);
    assertEquals(".github/workflows/test.yml", w.file());
    assertEquals(List.of("test"), w.intents(), "no build, deploy or scan intent");
    assertNull(w.permissions());
    assertEquals(35, w.jobs().get(0).steps().get(3).line());
  }

  @Test
  void scriptsHaveNoHealthWaitOrRollback() {
    RepoFacts.Script deploy = script("deploy.sh");
    assertEquals("deploy", deploy.kind());
    assertTrue(deploy.setE());
    assertFalse(deploy.healthWait());
    assertFalse(deploy.rollback());
    assertEquals(List.of("docker-compose.yml"), deploy.composeCalls().get(1).files());
    assertEquals(11, deploy.composeCalls().get(1).line());
    RepoFacts.Script start = script("start-mvp-docker.sh");
    assertEquals("start", start.kind());
    assertFalse(start.setE());
    assertFalse(start.healthWait(), "sleep is not a health check");
    assertTrue(start.migrations());
  }

  @Test
  void alembicMigrationWithoutDowngrade() {
    assertEquals(1, repo.migrations().size());
    RepoFacts.MigrationSet m = repo.migrations().get(0);
    assertEquals("alembic", m.tool());
    assertEquals("backend/alembic/versions", m.dir());
    assertEquals(1, m.count());
    assertEquals(0, m.reversible());
    assertEquals(32, m.items().get(0).line());
  }

  @Test
  void partialNginxProxy() {
    RepoFacts.Proxy p = repo.proxies().get(0);
    assertEquals("nginx/nginx.conf", p.file());
    assertEquals("backend", p.upstreams().get(0).name());
    assertEquals(List.of("backend:8000"), p.upstreams().get(0).servers());
    assertEquals(6, p.upstreams().get(0).line());
    assertTrue(p.tlsListeners().isEmpty());
    assertFalse(p.httpsRedirect());
    assertFalse(p.rateLimit());
  }

  @Test
  void backendSignals() {
    Component b = component("backend");
    assertEquals("python", b.ecosystem());
    assertEquals("fastapi", b.framework());
    assertEquals("backend/requirements.txt", b.manifest());
    assertEquals("backend/Dockerfile", b.dockerfile());
    assertEquals("/health", b.healthRoutes().get(0).path());
    assertEquals(45, b.healthRoutes().get(0).line());
    assertEquals("prometheus_client", b.metrics().library());
    assertEquals(33, b.metrics().route().line());
    assertTrue(b.apm().isEmpty());
    assertTrue(b.logging().toFile());
    assertFalse(b.logging().rotation());
    assertEquals("backend/app/logging_config.py", b.logging().evidence().get(0).file());
    assertTrue(b.cors().configured());
    assertFalse(b.cors().wildcard());
    assertEquals(22, b.cors().line());
    assertEquals(30, b.httpsRedirect().line());
    assertEquals("backend/app/database.py", b.dbPool().file());
    assertEquals("redis", b.sessionStore().kind());
    assertFalse(b.devServerOnly());
    assertTrue(b.usedBy().contains("workflow:.github/workflows/test.yml"));
  }

  @Test
  void frontendHasNoDockerfile() {
    Component f = component("frontend");
    assertEquals("node", f.ecosystem());
    assertEquals("vite", f.framework());
    assertEquals(List.of("vite", "react"), f.frameworks());
    assertEquals("frontend", f.kind());
    assertEquals("frontend/package-lock.json", f.lockfile());
    assertNull(f.dockerfile());
  }

  @Test
  void hygiene() {
    assertTrue(repo.committedSecrets().isEmpty(), "placeholders and local dev credentials are not leaked secrets");
    assertTrue(repo.gitignore().patterns().contains(".env"));
    assertTrue(repo.monitoring().prometheus().isEmpty(), "no scrape config");
    assertTrue(repo.deployTargets().isEmpty());
    assertTrue(repo.backupSchedules().isEmpty());
    assertNull(repo.dependencyUpdates().dependabot());
    RepoFacts.Doc readme = repo.docs().get(0);
    assertEquals("readme", readme.kind());
    assertTrue(readme.hasRunCommand());
    assertEquals(30, readme.headings().get(4).line());
  }

  private static RepoFacts.Script script(String file) {
    return repo.scripts().stream().filter(s -> s.file().equals(file)).findFirst().orElseThrow();
  }

  private static Component component(String dir) {
    return repo.components().stream().filter(c -> c.dir().equals(dir)).findFirst().orElseThrow();
  }
}
