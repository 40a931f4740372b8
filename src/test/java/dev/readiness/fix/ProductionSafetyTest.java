package dev.readiness.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readiness.fix.engine.Catalog;
import dev.readiness.fix.engine.Planner;
import dev.readiness.fix.engine.RemediationRegistry;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runtime meaning of the production remediations on a realistic repository whose base compose file
 * builds a development stage, runs the dev server and mounts the source, with a development override
 * that publishes the database and an admin UI: the merged production config (read by Compose v2 when
 * it is installed) has none of that, and generated services join the networks of what they reach.
 */
class ProductionSafetyTest {
  @TempDir Path repo;

  private static final String COMPOSE = """
      services:
        web:
          build:
            context: .
            target: development
          command: npm run dev
          ports:
            - "3000:3000"
          volumes:
            - .:/app
            - node_modules:/app/node_modules
          environment:
            DATABASE_URL: postgres://app:${POSTGRES_PASSWORD}@db:5432/app
          networks: [backend]
          depends_on: [db]
        db:
          image: postgres:16
          environment:
            POSTGRES_USER: app
            POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}
            POSTGRES_DB: app
          ports:
            - "5432:5432"
          volumes:
            - pgdata:/var/lib/postgresql/data
          networks: [backend]
      networks:
        backend: {}
      volumes:
        pgdata: {}
        node_modules: {}
      """;

  private static final String OVERRIDE = """
      services:
        adminer:
          image: adminer
          ports: ["8080:8080"]
          networks: [backend]
        db:
          ports: ["5433:5432"]
      """;

  private static final String DOCKERFILE = """
      FROM node:22-alpine AS development
      WORKDIR /app
      COPY package*.json ./
      RUN npm ci
      COPY . .
      CMD ["npm", "run", "dev"]

      FROM node:22-alpine AS production
      WORKDIR /app
      COPY package*.json ./
      RUN npm ci --omit=dev
      COPY . .
      USER node
      CMD ["node", "server.js"]
      """;

  private void write(String deployCommand) throws IOException {
    Files.writeString(repo.resolve("compose.yaml"), COMPOSE);
    Files.writeString(repo.resolve("docker-compose.override.yml"), OVERRIDE);
    Files.writeString(repo.resolve("Dockerfile"), DOCKERFILE);
    Files.writeString(repo.resolve("package.json"), "{\"name\":\"web\",\"scripts\":{\"dev\":\"node --watch server.js\",\"start\":\"node server.js\"},\"dependencies\":{\"express\":\"4.19.2\"}}\n");
    Files.writeString(repo.resolve("server.js"), "require('express')().get('/health', (q, r) => r.send('ok')).listen(3000);\n");
    Files.writeString(repo.resolve("deploy.sh"), "#!/usr/bin/env bash\nset -euo pipefail\ngit pull\n" + deployCommand + " up -d --build\n");
  }

  private Plan planAndApply(boolean unsafe) throws Exception {
    try (ScanAssessor assessor = new ScanAssessor()) {
      Assessment a = assessor.assess(repo, List.of());
      RemediationRegistry registry = new RemediationRegistry();
      Catalog catalog = Catalog.builtin(registry);
      Planner planner = new Planner(registry, catalog, new Templates(), new SecureRandom());
      List<String> all = catalog.entries().stream().map(Catalog.Entry::check).toList();
      Plan plan = planner.plan(a.stack(), all, dev.readiness.check.CheckSelection.all(), unsafe, new Workspace(new PathGuard(repo), false));
      assertTrue(plan.refusals().isEmpty(), plan.refusals().toString());
      new AtomicApplier(new PathGuard(repo), FileOps.SYSTEM).apply(plan.changes(), null);
      return plan;
    }
  }

  private String read(String path) throws IOException {
    return Files.readString(repo.resolve(path), StandardCharsets.UTF_8);
  }

  @Test
  void composeV2DeployGetsAProductionConfigWithoutDevelopmentSettings() throws Exception {
    write("docker compose");
    Plan plan = planAndApply(false);
    String prod = read("compose.prod.yaml");
    // Scripts and docs run the production chain: never the development override.
    for (String f : List.of("deploy.sh", "scripts/rollback.sh", "scripts/backup.sh", "RUNBOOK.md")) {
      if (Files.exists(repo.resolve(f))) assertFalse(read(f).contains("docker-compose.override.yml"), f + " must not use the development override");
    }
    assertTrue(read("deploy.sh").contains("docker compose -f compose.yaml -f compose.prod.yaml up -d --build"), read("deploy.sh"));
    assertTrue(prod.contains("target: \"production\""), prod);
    assertTrue(prod.contains("command: !reset null"), prod);
    assertTrue(prod.contains("ports: !reset []"), prod);

    Optional<Path> compose = ProcessRunner.tool("docker-compose-v2");
    assumeTrue(compose.isPresent(), "Compose v2 (docker-compose-v2 in the tools cache, see .ci/run) is not installed; the merged-config assertions are skipped");
    ProcessRunner.Result r = new ProcessRunner(120).run(repo, List.of(compose.get().toString(), "-f", "compose.yaml", "-f", "compose.prod.yaml", "config", "--format", "json"));
    assertEquals(0, r.exit(), r.output());
    JsonNode cfg = new ObjectMapper().readTree(r.output().substring(r.output().indexOf('{')));
    JsonNode services = cfg.get("services");
    assertFalse(services.has("adminer"), "the development admin UI is not in production");
    assertTrue(services.get("db").path("ports").isMissingNode() || services.get("db").get("ports").isEmpty(), "the database publishes no port in production");
    JsonNode web = services.get("web");
    assertEquals("production", web.get("build").get("target").asText());
    assertTrue(web.path("command").isMissingNode() || web.get("command").isNull(), "the image's production command runs: " + web.path("command"));
    for (JsonNode v : web.get("volumes")) assertNotEquals("bind", v.get("type").asText(), "no source bind mount in production: " + v);
    if (services.has("backup")) {
      assertTrue(services.get("backup").get("networks").has("backend"), "the backup service joins db's network: " + services.get("backup"));
      assertTrue(services.get("backup").path("ports").isMissingNode(), "generated services publish no ports");
    }
    assertTrue(plan.heldBack().stream().anyMatch(h -> h.checkId().equals("security.container.non-root")), "unsafe remediations are held back");
  }

  @Test
  void composeV1DeployGetsNoResetTagsAndAsksForInput() throws Exception {
    write("docker-compose");
    Plan plan = planAndApply(false);
    String prod = read("compose.prod.yaml");
    assertFalse(prod.contains("!reset") || prod.contains("!override"), "docker-compose (v1) rejects !reset/!override:\n" + prod);
    List<String> input = plan.needsInput().stream().map(FixContext.Note::message).toList();
    assertTrue(input.stream().anyMatch(m -> m.contains("service db") && m.contains("ports")), input.toString());
    assertTrue(input.stream().anyMatch(m -> m.contains("npm run dev")), input.toString());
    assertTrue(input.stream().anyMatch(m -> m.contains(".:/app")), input.toString());
  }

  @Test
  void patchedStartScriptStopsWhenTheStackIsNotHealthy() throws Exception {
    Files.writeString(repo.resolve("compose.yaml"), "services:\n  web:\n    image: nginx:1.27\n    ports: [\"8080:80\"]\n");
    Files.writeString(repo.resolve("start.sh"), "#!/bin/bash\ndocker compose up -d\necho \"the stack is running\"\n");
    Plan plan = planAndApply(true);
    assertTrue(plan.changes().changes().stream().anyMatch(c -> c.path().equals("start.sh")), "start.sh is wired to the health wait");
    // A docker stand-in: compose works, the one container has exited with code 1.
    Path bin = Files.createDirectories(repo.resolve(".fake-bin"));
    Path docker = bin.resolve("docker");
    Files.writeString(docker, """
        #!/bin/sh
        case "$1 $2" in
          "compose version") exit 0 ;;
          "compose ps") [ "$3" = "-a" ] && echo c0ffee; exit 0 ;;
          "compose up"|"compose logs") exit 0 ;;
          inspect*) echo "/web exited none 1"; exit 0 ;;
        esac
        exit 0
        """);
    Files.setPosixFilePermissions(docker, PosixFilePermissions.fromString("rwxr-xr-x"));
    ProcessBuilder pb = new ProcessBuilder("bash", "start.sh").directory(repo.toFile()).redirectErrorStream(true);
    pb.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    Process p = pb.start();
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertNotEquals(0, p.exitValue(), output);
    assertFalse(output.contains("the stack is running"), "the script stops at the failed health wait:\n" + output);
  }

  @Test
  void onlyRunbookReferencesOnlyFilesThatExist() throws Exception {
    write("docker compose");
    try (ScanAssessor assessor = new ScanAssessor()) {
      Assessment a = assessor.assess(repo, List.of());
      RemediationRegistry registry = new RemediationRegistry();
      Planner planner = new Planner(registry, Catalog.builtin(registry), new Templates(), new SecureRandom());
      Plan plan = planner.plan(a.stack(), List.of("docs.runbook"), dev.readiness.check.CheckSelection.all(), false, new Workspace(new PathGuard(repo), false));
      List<String> written = new ArrayList<>();
      for (FileChange c : plan.changes().changes()) {
        written.add(c.path());
        assertFalse(c.after().contains("compose.prod.yaml"), c.path() + " references compose.prod.yaml, which --only docs.runbook does not create");
      }
      assertTrue(written.contains("RUNBOOK.md"), written.toString());
    }
  }

  @Test
  void workflowsFollowTheRepositorysBranchAndPinningStyle() throws Exception {
    write("docker compose");
    Files.createDirectories(repo.resolve(".github/workflows"));
    String sha = "b4ffde65f46336ab88eb53be808477a3936bae11";
    Files.writeString(repo.resolve(".github/workflows/ci.yml"), "name: ci\non:\n  push:\n    branches: [master]\n  pull_request:\n    branches: [master]\n"
        + "permissions:\n  contents: read\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@" + sha + " # v4\n      - run: npm test\n");
    Plan pinned = planAndApply(false);
    // Every action is SHA-pinned: a tag-pinned workflow would lower the repository's own pinning, so none is written.
    assertFalse(Files.exists(repo.resolve(".github/workflows/container-build.yml")));
    assertTrue(pinned.needsInput().stream().anyMatch(n -> n.message().contains("commit SHAs of") && n.message().contains("docker/build-push-action")),
        pinned.needsInput().toString());

    Files.writeString(repo.resolve(".github/workflows/ci.yml"), Files.readString(repo.resolve(".github/workflows/ci.yml")).replace("@" + sha, "@v4"));
    planAndApply(false);
    String wf = read(".github/workflows/container-build.yml");
    assertTrue(wf.contains("branches: [master]"), "the default branch the repository builds, not main:\n" + wf);
    assertTrue(wf.contains("uses: actions/checkout@v4"), wf);
  }

  /**
   * A stack that selects services with compose profiles and whose env template is written for development: the
   * active lines override commented-out production defaults (restart "no", DEBUG=true, a profile of asset watchers
   * that mount the source). The production .env readiness generates takes the documented production values, so the
   * re-scan finds no check worse and the apply is not rolled back (before: restart-policy went pass -> fail, exit 3).
   */
  @Test
  void profileSelectedStackGetsProductionValuesFromADevelopmentEnvTemplate() throws Exception {
    Files.writeString(repo.resolve("compose.yaml"), """
        x-app: &app
          build:
            context: "."
            target: "app"
          env_file: [".env"]
          restart: "${DOCKER_RESTART_POLICY:-unless-stopped}"
        services:
          postgres:
            image: "postgres:16"
            profiles: ["postgres"]
            environment:
              POSTGRES_USER: "${POSTGRES_USER}"
              POSTGRES_PASSWORD: "${POSTGRES_PASSWORD}"
            restart: "${DOCKER_RESTART_POLICY:-unless-stopped}"
            volumes: ["pgdata:/var/lib/postgresql/data"]
          web:
            <<: *app
            profiles: ["web"]
            ports:
              - "${DOCKER_WEB_PORT_FORWARD:-127.0.0.1:8000}:8000"
          assets:
            build:
              context: "."
              target: "assets"
            profiles: ["assets"]
            restart: "no"
            command: "yarn build:css --watch"
            volumes: [".:/app"]
        volumes:
          pgdata: {}
        """);
    Files.writeString(repo.resolve(".env.example"), """
        # Defaults are for production; uncommented lines override them for development.
        #export COMPOSE_PROFILES=postgres,web
        export COMPOSE_PROFILES=postgres,assets,web
        #export DEBUG=false
        export DEBUG=true
        #export DOCKER_RESTART_POLICY=unless-stopped
        export DOCKER_RESTART_POLICY=no
        export DOCKER_WEB_PORT_FORWARD=8000
        export POSTGRES_USER=app
        export POSTGRES_PASSWORD=password
        """);
    Files.writeString(repo.resolve("Dockerfile"), """
        FROM node:22-alpine AS assets
        WORKDIR /app
        COPY . .
        RUN yarn build:css

        FROM python:3.12-slim AS app
        WORKDIR /app
        COPY . .
        USER nobody
        CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]
        """);
    Files.writeString(repo.resolve("app.py"), "app = None\n");
    Files.writeString(repo.resolve("requirements.txt"), "gunicorn==22.0.0\n");
    Files.writeString(repo.resolve(".gitignore"), "");
    // A git repository as users have one: what .gitignore ignores (the generated .env) is not committed.
    ProcessRunner git = new ProcessRunner(60);
    assumeTrue(git.run(repo, List.of("git", "init", "-q")).ok(), "git is not installed");
    git.run(repo, List.of("git", "add", "-A"));
    git.run(repo, List.of("git", "-c", "user.name=t", "-c", "user.email=t@invalid", "commit", "-qm", "snapshot"));
    try (ScanAssessor assessor = new ScanAssessor()) {
      Assessment before = assessor.assess(repo, List.of());
      planAndApply(false);
      String env = read(".env");
      java.util.Map<String, String> values = new java.util.HashMap<>();
      for (String l : env.split("\n")) if (!l.startsWith("#") && l.contains("=")) values.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1));
      assertEquals("postgres,web", values.get("COMPOSE_PROFILES"), "production does not run the asset watchers:\n" + env);
      assertEquals("false", values.get("DEBUG"), env);
      assertEquals("unless-stopped", values.get("DOCKER_RESTART_POLICY"), env);
      assertFalse(values.containsKey("DOCKER_WEB_PORT_FORWARD"), "the web port stays on loopback (compose's fallback):\n" + env);
      Assessment after = assessor.assess(repo, List.of());
      assertEquals(List.of(), dev.readiness.fix.engine.FixRunner.regressions(before, after), "no check is worse after the fix");
    }
  }

  /**
   * Compose files nothing deploys yet (no default chain, no production chain) that set secrets to placeholders are an
   * example stack: readiness does not make them the production chain (deploy scripts, override, guides would deploy
   * "secret"); it asks for the secrets instead.
   */
  @Test
  void exampleStackWithPlaceholderSecretsIsNotMadeProduction() throws Exception {
    Files.createDirectories(repo.resolve("contrib/compose"));
    Files.writeString(repo.resolve("contrib/compose/basic.yml"), """
        services:
          app:
            image: example/app:1.2.3
            ports: ["80:8080"]
            environment:
              - DATABASE_URL=postgres://app:secret@db/app
              - ADMIN_PASSWORD=test123
          db:
            image: postgres:16
            environment:
              - POSTGRES_USER=app
              - POSTGRES_PASSWORD=secret
        """);
    Plan plan = planAndApply(false);
    assertFalse(Files.exists(repo.resolve("contrib/compose/compose.prod.yaml")), "no production override around the example");
    assertFalse(Files.exists(repo.resolve("scripts/rollback.sh")), "no deploy tooling for the example");
    assertFalse(Files.exists(repo.resolve("DEPLOYMENT.md")), "no guide that deploys the placeholders");
    List<String> input = plan.needsInput().stream().map(FixContext.Note::message).toList();
    assertEquals(1, input.stream().filter(m -> m.contains("placeholder") && m.contains("POSTGRES_PASSWORD of db")).count(), input.toString());
  }

  /** A variable compose needs and nothing can derive is asked for, never written empty (an empty DOMAIN= passes the check, compose still fails). */
  @Test
  void requiredVariableWithNoValueIsAskedForNotWrittenEmpty() throws Exception {
    Files.writeString(repo.resolve("compose.yaml"), """
        services:
          web:
            image: nginx:1.27-alpine
            environment:
              SERVER_NAME: "${DOMAIN}"
            ports: ["80:80"]
        """);
    Plan plan = planAndApply(false);
    if (Files.exists(repo.resolve(".env"))) assertFalse(read(".env").contains("DOMAIN="), read(".env"));
    assertTrue(plan.needsInput().stream().anyMatch(n -> n.message().contains("DOMAIN")), plan.needsInput().toString());
  }

  /** USER is not added to a final stage whose tools live under /root: the check would pass while the app cannot start. */
  @Test
  void nonRootUserIsNotAddedWhereTheStageUsesRoot() throws Exception {
    Files.writeString(repo.resolve("compose.yaml"), "services:\n  api:\n    build: .\n    ports: [\"127.0.0.1:8000:8000\"]\n");
    String dockerfile = """
        FROM python:3.12-slim
        WORKDIR /app
        COPY requirements.txt .
        RUN pip install --user -r requirements.txt
        ENV PATH=/root/.local/bin:$PATH
        COPY . .
        CMD ["gunicorn", "-b", "0.0.0.0:8000", "app:app"]
        """;
    Files.writeString(repo.resolve("Dockerfile"), dockerfile);
    Files.writeString(repo.resolve("requirements.txt"), "gunicorn==22.0.0\n");
    Plan plan = planAndApply(true);
    assertFalse(read("Dockerfile").lines().anyMatch(l -> l.trim().startsWith("USER")), read("Dockerfile"));
    assertTrue(plan.needsInput().stream().anyMatch(n -> n.checkId().equals("security.container.non-root") && n.message().contains("/root")),
        plan.needsInput().toString());
  }
}
