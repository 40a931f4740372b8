package dev.readiness.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.readiness.model.FileKind;
import dev.readiness.scan.ScanContext;
import dev.readiness.testing.TestRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery's classification and skipping rules; FIFOs and unreadable files are items of hostile.HostileCorpusTest. */
class DiscoveryTest {
  @TempDir Path dir;

  private static Set<FileKind> kinds(ScanContext c, String path) {
    return c.file(path).orElseThrow(() -> new AssertionError("not discovered: " + path)).kinds();
  }

  private static List<String> paths(ScanContext c) {
    return c.files().stream().map(SourceFile::path).toList();
  }

  @Test
  void classifiesByName() {
    TestRepo repo = new TestRepo(dir)
        .file("Dockerfile", "FROM x\n").file("api/Containerfile", "FROM x\n").file("Dockerfile.prod", "FROM x\n")
        .file("docker/web.dockerfile", "FROM x\n").file("Dockerfile.dockerignore", "x\n").file("docs/Dockerfile.md", "# x\n")
        .file("docker-compose.yml", "services: {}\n").file("compose.prod.yaml", "services: {}\n")
        .file(".env", "A=1\n").file(".env.production", "A=1\n").file("config/app.env", "A=1\n")
        .file(".github/workflows/ci.yml", "on: push\n").file(".gitlab-ci.yml", "x: 1\n").file("Jenkinsfile", "pipeline {}\n")
        .file(".circleci/config.yml", "version: 2\n").file("azure-pipelines.yml", "x: 1\n").file("bitbucket-pipelines.yml", "x: 1\n")
        .file("README.md", "# x\n").file("scripts/deploy.sh", "echo\n").file("Makefile", "all:\n")
        .file("backend/alembic/versions/0001_init.py", "def upgrade(): pass\n").file("db/migration/V1__init.sql", "create table x();\n")
        .file("nginx/nginx.conf", "events {}\n").file("deploy/Caddyfile", ":80\n").file("haproxy.cfg", "x\n").file("traefik.yml", "x: 1\n")
        .file("monitoring/prometheus.yml", "x: 1\n").file("alerts.yml", "x: 1\n").file("promtail-config.yaml", "x: 1\n")
        .file("helm/app/Chart.yaml", "name: app\n").file("infra/main.tf", "x\n").file("fly.toml", "x\n").file("Procfile", "web: x\n")
        .file("railway.json", "{}\n").file("render.yaml", "x: 1\n")
        .file("backend/requirements.txt", "fastapi\n").file("frontend/package.json", "{}\n").file("api/pom.xml", "<project/>\n")
        .file("backend/app/main.py", "x = 1\n").file(".dockerignore", "x\n").file(".gitignore", "x\n").file("LICENSE", "MIT\n");
    ScanContext c = repo.context();
    assertEquals(Set.of(FileKind.DOCKERFILE), kinds(c, "Dockerfile"));
    assertEquals(Set.of(FileKind.DOCKERFILE), kinds(c, "api/Containerfile"));
    assertEquals(Set.of(FileKind.DOCKERFILE), kinds(c, "Dockerfile.prod"));
    assertEquals(Set.of(FileKind.DOCKERFILE), kinds(c, "docker/web.dockerfile"));
    assertEquals(Set.of(FileKind.DOCKERIGNORE), kinds(c, "Dockerfile.dockerignore"));
    assertEquals(Set.of(FileKind.DOC), kinds(c, "docs/Dockerfile.md"));
    assertEquals(Set.of(FileKind.COMPOSE), kinds(c, "docker-compose.yml"));
    assertEquals(Set.of(FileKind.COMPOSE), kinds(c, "compose.prod.yaml"));
    for (String env : List.of(".env", ".env.production", "config/app.env")) assertEquals(Set.of(FileKind.ENV), kinds(c, env), env);
    for (String wf : List.of(".github/workflows/ci.yml", ".gitlab-ci.yml", "Jenkinsfile", ".circleci/config.yml", "azure-pipelines.yml",
        "bitbucket-pipelines.yml")) {
      assertEquals(Set.of(FileKind.WORKFLOW), kinds(c, wf), wf);
    }
    assertEquals(Set.of(FileKind.DOC), kinds(c, "README.md"));
    assertEquals(Set.of(FileKind.SCRIPT), kinds(c, "scripts/deploy.sh"));
    assertEquals(Set.of(FileKind.MAKEFILE), kinds(c, "Makefile"));
    assertTrue(kinds(c, "backend/alembic/versions/0001_init.py").contains(FileKind.MIGRATION));
    assertTrue(kinds(c, "backend/alembic/versions/0001_init.py").contains(FileKind.SOURCE));
    assertEquals(Set.of(FileKind.MIGRATION), kinds(c, "db/migration/V1__init.sql"));
    for (String proxy : List.of("nginx/nginx.conf", "deploy/Caddyfile", "haproxy.cfg", "traefik.yml")) {
      assertEquals(Set.of(FileKind.PROXY), kinds(c, proxy), proxy);
    }
    for (String mon : List.of("monitoring/prometheus.yml", "alerts.yml", "promtail-config.yaml")) {
      assertEquals(Set.of(FileKind.MONITORING), kinds(c, mon), mon);
    }
    for (String dt : List.of("helm/app/Chart.yaml", "infra/main.tf", "fly.toml", "Procfile", "railway.json", "render.yaml")) {
      assertEquals(Set.of(FileKind.DEPLOY_TARGET), kinds(c, dt), dt);
    }
    for (String m : List.of("backend/requirements.txt", "frontend/package.json", "api/pom.xml")) assertEquals(Set.of(FileKind.MANIFEST), kinds(c, m), m);
    assertEquals(Set.of(FileKind.SOURCE), kinds(c, "backend/app/main.py"));
    assertEquals(Set.of(FileKind.DOCKERIGNORE), kinds(c, ".dockerignore"));
    assertEquals(Set.of(FileKind.GITIGNORE), kinds(c, ".gitignore"));
    assertEquals(Set.of(FileKind.OTHER), kinds(c, "LICENSE"));
  }

  @Test
  void classifiesByContent() {
    TestRepo repo = new TestRepo(dir)
        .file("stack/app.yml", "services:\n  web:\n    image: nginx:1.25\n    ports: [\"80:80\"]\n")
        .file("ci/matrix.yml", "services:\n  - postgres\n")
        .file("k8s/web.yaml", "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n")
        .file("ops/scrape.yml", "global: {}\nscrape_configs:\n  - job_name: app\n")
        .file("ops/rules.yml", "groups:\n  - name: app\n    rules:\n      - alert: Down\n        expr: up == 0\n")
        .file("ops/job.hcl", "job \"web\" {\n}\n")
        .file("bin/release", "#!/usr/bin/env bash\necho hi\n")
        .bytes("bin/tool", new byte[] {0x7f, 'E', 'L', 'F', 0, 1});
    ScanContext c = repo.context();
    assertEquals(Set.of(FileKind.COMPOSE), kinds(c, "stack/app.yml"));
    assertEquals(Set.of(FileKind.OTHER), kinds(c, "ci/matrix.yml"));
    assertEquals(Set.of(FileKind.DEPLOY_TARGET), kinds(c, "k8s/web.yaml"));
    assertEquals(Set.of(FileKind.MONITORING), kinds(c, "ops/scrape.yml"));
    assertEquals(Set.of(FileKind.MONITORING), kinds(c, "ops/rules.yml"));
    assertEquals(Set.of(FileKind.DEPLOY_TARGET), kinds(c, "ops/job.hcl"));
    assertEquals(Set.of(FileKind.SCRIPT), kinds(c, "bin/release"));
    assertEquals(Set.of(FileKind.OTHER), kinds(c, "bin/tool"));
    assertTrue(repo.diagnostics().isEmpty(), "classifying must not complain about an unread binary: " + repo.diagnostics());
  }

  @Test
  void classifiesByReference() {
    TestRepo repo = new TestRepo(dir)
        .file("deploy/run.sh", "#!/bin/sh\ncd \"$(dirname \"$0\")/..\"\ndocker compose \\\n  -f infra/base.yml \\\n  --file=infra/live.yml up -d\n")
        .file("infra/base.yml", "x-note: no services key here\n")
        .file("infra/live.yml", "x-note: nothing\n")
        .file("Makefile", "up:\n\tdocker-compose -f stack.yml up\n")
        .file("stack.yml", "services:\n  app:\n    build:\n      context: app\n      dockerfile: build/App.docker\n    env_file: [config/app.vars]\n")
        .file("app/build/App.docker", "FROM x\n")
        .file("config/app.vars", "A=1\n")
        .file("other/.env", "COMPOSE_FILE=one.yml:two.yml\n")
        .file("other/one.yml", "x: 1\n").file("other/two.yml", "x: 1\n");
    ScanContext c = repo.context();
    assertEquals(Set.of(FileKind.COMPOSE), kinds(c, "infra/base.yml"));
    assertEquals(Set.of(FileKind.COMPOSE), kinds(c, "infra/live.yml"));
    assertEquals(Set.of(FileKind.COMPOSE), kinds(c, "stack.yml"));
    assertEquals(Set.of(FileKind.DOCKERFILE), kinds(c, "app/build/App.docker"));
    assertEquals(Set.of(FileKind.ENV), kinds(c, "config/app.vars"));
    assertEquals(Set.of(FileKind.COMPOSE), kinds(c, "other/one.yml"));
    assertEquals(Set.of(FileKind.COMPOSE), kinds(c, "other/two.yml"));
  }

  @Test
  void skipsDependencyAndBuildDirectoriesAndExcludes() {
    TestRepo repo = new TestRepo(dir)
        .file("node_modules/x/package.json", "{}\n").file(".git/config", "x\n").file("api/pom.xml", "<project/>\n")
        .file("api/target/classes/app.yml", "x: 1\n").file("tools/target/notes.md", "# kept: no build file beside it\n")
        .file(".venv/pyvenv.cfg", "x\n").file("env2/pyvenv.cfg", "x\n").file("env2/lib/site.py", "x\n")
        .file("examples/demo/Dockerfile", "FROM x\n").file("vendor-notes/a.md", "# a\n").file("src/a.py", "x\n")
        .excludes("examples/**", "*.md");
    List<String> paths = paths(repo.context());
    assertEquals(List.of("api/pom.xml", "src/a.py"), paths);
  }

  @Test
  void parsesGitignoreWithoutGit() {
    TestRepo repo = new TestRepo(dir)
        .file(".gitignore", "# comment\n.env\n*.local\n!keep.local\nbuild/\n/root-only.txt\n")
        .file(".env", "A=1\n").file(".env.example", "A=\n").file("a.local", "x\n").file("keep.local", "x\n")
        .file("build/out.txt", "x\n").file("root-only.txt", "x\n").file("sub/root-only.txt", "x\n")
        .file("sub/.gitignore", "secret.env\n").file("sub/secret.env", "A=1\n");
    ScanContext c = repo.context();
    assertTrue(c.file(".env").orElseThrow().ignored());
    assertFalse(c.file(".env.example").orElseThrow().ignored());
    assertTrue(c.file("a.local").orElseThrow().ignored());
    assertFalse(c.file("keep.local").orElseThrow().ignored());
    assertTrue(c.file("build/out.txt").isEmpty(), "ignored directories are not walked");
    assertTrue(c.file("root-only.txt").orElseThrow().ignored());
    assertFalse(c.file("sub/root-only.txt").orElseThrow().ignored());
    assertTrue(c.file("sub/secret.env").orElseThrow().ignored());
    assertFalse(c.file(".env").orElseThrow().tracked());
  }

  @Test
  void asksGitForTrackedAndIgnoredFiles() {
    assumeTrue(TestRepo.gitAvailable(), "git is not installed: skipping the git-aware discovery test");
    TestRepo repo = new TestRepo(dir)
        .file(".gitignore", ".env\nlogs/\n").file(".env.example", "A=\n").file("docker-compose.yml", "services: {}\n")
        .gitInit()
        .file(".env", "A=1\n").file("logs/app.log", "x\n").file("new.txt", "x\n");
    ScanContext c = repo.context();
    assertTrue(repo.discover().git().available());
    assertTrue(repo.discover().git().commit().matches("[0-9a-f]{40}"));
    assertTrue(c.file("docker-compose.yml").orElseThrow().tracked());
    assertFalse(c.file(".env").orElseThrow().tracked());
    assertTrue(c.file(".env").orElseThrow().ignored());
    assertFalse(c.file("new.txt").orElseThrow().ignored());
    assertTrue(c.file("logs/app.log").isEmpty(), "git-ignored directories are not walked");
  }

  @Test
  void gitWithoutCommitsHasNoCommit() {
    assumeTrue(TestRepo.gitAvailable(), "git is not installed: skipping the git-aware discovery test");
    TestRepo repo = new TestRepo(dir).file("a.txt", "x\n");
    repo.run("git", "init", "-q", ".");
    repo.withGit();
    assertTrue(repo.discover().git().available());
    assertEquals(null, repo.discover().git().commit());
    assertFalse(repo.context().file("a.txt").orElseThrow().tracked());
  }

  @Test
  void symlinksNeverLeaveTheRoot(@TempDir Path outside) throws Exception {
    Files.writeString(outside.resolve("secret.env"), "A=1\n");
    TestRepo repo = new TestRepo(dir).file("real/docker-compose.yml", "services: {}\n");
    Files.createSymbolicLink(dir.resolve("escape.env"), outside.resolve("secret.env"));
    Files.createSymbolicLink(dir.resolve("broken.yml"), dir.resolve("nothing-here.yml"));
    Files.createSymbolicLink(dir.resolve("loop-a"), dir.resolve("loop-b"));
    Files.createSymbolicLink(dir.resolve("loop-b"), dir.resolve("loop-a"));
    Files.createSymbolicLink(dir.resolve("docker-compose.yml"), dir.resolve("real/docker-compose.yml"));
    Files.createSymbolicLink(dir.resolve("real/self"), dir.resolve("real"));
    ScanContext c = repo.context();
    assertEquals(List.of("docker-compose.yml", "real/docker-compose.yml"), paths(c));
    assertEquals(List.of("warning: skipped: symbolic link points outside the scanned root"), repo.diagnosticsFor("escape.env"));
    assertEquals(List.of("warning: skipped: broken symbolic link"), repo.diagnosticsFor("broken.yml"));
    assertEquals(List.of("warning: skipped: symbolic link loop"), repo.diagnosticsFor("loop-a"));
    assertEquals(List.of("info: not followed: symbolic link to a directory inside the root"), repo.diagnosticsFor("real/self"));
    assertEquals("services: {}\n", c.read(c.file("docker-compose.yml").orElseThrow()).orElseThrow());
  }

  @Test
  void skipsFilesOverTheSizeCap() {
    TestRepo repo = new TestRepo(dir).file("big.env", "A=" + "x".repeat(200) + "\n").file("small.env", "A=1\n").sizeCap(100);
    ScanContext c = repo.context();
    assertEquals(List.of("small.env"), paths(c));
    assertEquals(List.of("warning: skipped: 203 bytes is over the size cap of 100 bytes"), repo.diagnosticsFor("big.env"));
  }

  @Test
  void readsTextStrictlyAndOnce() {
    TestRepo repo = new TestRepo(dir)
        .bytes("Dockerfile", new byte[] {'F', 'R', 'O', 'M', ' ', 0, 0, 1, 2})
        .bytes("bad.env", new byte[] {'A', '=', (byte) 0xC3, (byte) 0x28, '\n'})
        .bytes("bom.env", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, 'A', '=', '1', '\r', '\n', 'B', '=', '2', '\r', '\n'});
    ScanContext c = repo.context();
    assertTrue(c.read(c.file("Dockerfile").orElseThrow()).isEmpty());
    assertTrue(c.read(c.file("Dockerfile").orElseThrow()).isEmpty());
    assertTrue(c.read(c.file("bad.env").orElseThrow()).isEmpty());
    assertEquals("A=1\r\nB=2\r\n", c.read(c.file("bom.env").orElseThrow()).orElseThrow());
    assertEquals(List.of("warning: skipped: binary or not UTF-8"), repo.diagnosticsFor("Dockerfile"));
    assertEquals(List.of("warning: skipped: binary or not UTF-8"), repo.diagnosticsFor("bad.env"));
    assertEquals(1, repo.diagnostics().stream().filter(d -> d.file().equals("Dockerfile")).map(d -> d.line()).collect(Collectors.toList()).get(0));
  }
}
