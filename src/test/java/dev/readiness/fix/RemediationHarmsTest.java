package dev.readiness.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.readiness.check.CheckSelection;
import dev.readiness.fix.engine.Catalog;
import dev.readiness.fix.engine.Planner;
import dev.readiness.fix.engine.RemediationRegistry;
import dev.readiness.fix.engine.Verifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The harms issue 12 found in {@code readiness fix}, each on a small realistic repository: the
 * generated files are parsed and their runtime meaning asserted (which networks a service joins,
 * what a workflow builds and when, which env file the docs send operators to), so the harm cannot
 * come back with text that still looks right.
 */
class RemediationHarmsTest {
  @TempDir Path repo;

  private void write(String path, String text) throws IOException {
    Path p = repo.resolve(path);
    if (p.getParent() != null) Files.createDirectories(p.getParent());
    Files.writeString(p, text);
  }

  private String read(String path) throws IOException {
    return Files.readString(repo.resolve(path), StandardCharsets.UTF_8);
  }

  /** Plans the given checks (all catalog checks when empty) on the repository as it is, and applies the plan. */
  private Plan planAndApply(List<String> checks, boolean unsafe) throws Exception {
    try (ScanAssessor assessor = new ScanAssessor()) {
      Assessment a = assessor.assess(repo, List.of());
      RemediationRegistry registry = new RemediationRegistry();
      Catalog catalog = Catalog.builtin(registry);
      Planner planner = new Planner(registry, catalog, new Templates(), new SecureRandom());
      List<String> ids = checks.isEmpty() ? catalog.entries().stream().map(Catalog.Entry::check).toList() : checks;
      Plan plan = planner.plan(a.stack(), ids, CheckSelection.all(), unsafe, new Workspace(new PathGuard(repo), false));
      assertTrue(plan.refusals().isEmpty(), plan.refusals().toString());
      new AtomicApplier(new PathGuard(repo), FileOps.SYSTEM).apply(plan.changes(), null);
      return plan;
    }
  }

  private static List<String> inputs(Plan plan) {
    return plan.needsInput().stream().map(n -> "[" + n.checkId() + "] " + n.message()).toList();
  }

  /** YAML as data; compose's merge tags (!reset, !override) read as their plain value. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> yaml(String text) {
    SafeConstructor c = new SafeConstructor(new LoaderOptions()) {
      {
        this.yamlConstructors.put(null, new AbstractConstruct() {
          @Override
          public Object construct(Node node) {
            if (node instanceof org.yaml.snakeyaml.nodes.ScalarNode s) return s.getValue();
            if (node instanceof org.yaml.snakeyaml.nodes.SequenceNode) return constructSequence((org.yaml.snakeyaml.nodes.SequenceNode) node);
            return constructMapping((org.yaml.snakeyaml.nodes.MappingNode) node);
          }
        });
      }
    };
    Object o = new Yaml(c).load(text);
    return o instanceof Map ? (Map<String, Object>) o : Map.of();
  }

  @SuppressWarnings("unchecked")
  static Object at(Object node, String... path) {
    Object cur = node;
    for (String k : path) {
      if (!(cur instanceof Map)) return null;
      cur = ((Map<String, Object>) cur).get(k);
    }
    return cur;
  }

  /** The service definitions named {@code name} across every compose file of the repository (base and overrides). */
  private List<Object> composeServices(String name) throws IOException {
    List<Object> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(repo)) {
      for (Path f : files.filter(p -> p.getFileName().toString().matches("(docker-)?compose([.-].*)?\\.ya?ml")).toList()) {
        Object s = at(yaml(Files.readString(f)), "services", name);
        if (s != null) out.add(s);
      }
    }
    return out;
  }

  /** Network names a service definition joins (list or mapping form). */
  @SuppressWarnings("unchecked")
  private static List<String> networks(Object service) {
    Object n = at(service, "networks");
    if (n instanceof List<?> l) return l.stream().map(String::valueOf).toList();
    if (n instanceof Map<?, ?> m) return ((Map<String, Object>) m).keySet().stream().toList();
    return List.of();
  }

  private static final String NODE_APP_DOCKERFILE = """
      FROM node:22-alpine
      WORKDIR /app
      COPY package*.json ./
      RUN npm ci --omit=dev
      COPY . .
      USER node
      CMD ["node", "server.js"]
      """;

  private void nodeApp(String dir) throws IOException {
    String p = dir.isEmpty() ? "" : dir + "/";
    write(p + "package.json", "{\"name\":\"web\",\"scripts\":{\"start\":\"node server.js\"},\"dependencies\":{\"express\":\"4.19.2\"}}\n");
    write(p + "server.js", "require('express')().get('/health', (q, r) => r.send('ok')).listen(3000);\n");
  }

  // 1. Prometheus joins the networks of what it scrapes, publishes nothing, and scrapes the apps (not only itself).
  @Test
  void prometheusJoinsTheScrapedServicesNetworksAndScrapesTheApps() throws Exception {
    write("compose.yaml", """
        services:
          web:
            build: .
            ports: ["127.0.0.1:3000:3000"]
            environment:
              DATABASE_URL: postgres://app:${POSTGRES_PASSWORD}@db:5432/app
            networks: [appnet]
            depends_on: [db]
          db:
            image: postgres:16
            environment:
              POSTGRES_USER: app
              POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}
            volumes: ["pgdata:/var/lib/postgresql/data"]
            networks: [appnet]
        networks:
          appnet: {}
        volumes:
          pgdata: {}
        """);
    write("Dockerfile", NODE_APP_DOCKERFILE);
    nodeApp("");
    write("deploy.sh", "#!/usr/bin/env bash\nset -euo pipefail\ngit pull\ndocker compose up -d --build\n");
    Plan plan = planAndApply(List.of("monitoring.metrics"), false);
    List<Object> prom = composeServices("prometheus");
    assertEquals(1, prom.size(), "one Prometheus service is generated: " + plan.changes().changes().stream().map(FileChange::path).toList() + " " + inputs(plan));
    assertTrue(networks(prom.get(0)).contains("appnet"), "Prometheus joins the network of web, which it scrapes: " + prom.get(0));
    assertTrue(at(prom.get(0), "ports") == null, "Prometheus publishes no port: " + prom.get(0));
    List<String> targets = new ArrayList<>();
    Object configs = yaml(read("monitoring/prometheus.yml")).get("scrape_configs");
    for (Object job : (List<?>) configs) {
      for (Object sc : (List<?>) at(job, "static_configs")) for (Object t : (List<?>) at(sc, "targets")) targets.add(String.valueOf(t));
    }
    assertTrue(targets.contains("web:3000"), "the app is scraped on its own port, not only Prometheus itself: " + targets);
    assertFalse(targets.stream().anyMatch(t -> t.startsWith("db:")), "the database speaks no HTTP metrics: " + targets);
  }

  // 2. USER goes to the stage compose builds (build.target), never only to a final stage nothing runs.
  @Test
  void nonRootUserTargetsTheStageComposeBuilds() throws Exception {
    write("compose.yaml", """
        services:
          web:
            build:
              context: .
              target: runtime
            ports: ["127.0.0.1:3000:3000"]
        """);
    write("Dockerfile", """
        FROM node:22-alpine AS runtime
        WORKDIR /app
        COPY package*.json ./
        RUN npm ci --omit=dev
        COPY . .
        CMD ["node", "server.js"]

        FROM runtime AS debug
        RUN npm install --no-save nodemon
        CMD ["npx", "nodemon", "server.js"]
        """);
    nodeApp("");
    Plan plan = planAndApply(List.of("security.container.non-root"), true);
    List<String> lines = read("Dockerfile").lines().map(String::trim).toList();
    int debugFrom = lines.indexOf("FROM runtime AS debug");
    boolean runtimeHasUser = lines.subList(0, debugFrom).stream().anyMatch(l -> l.startsWith("USER "));
    boolean debugHasUser = lines.subList(debugFrom, lines.size()).stream().anyMatch(l -> l.startsWith("USER "));
    if (!runtimeHasUser) {
      assertFalse(debugHasUser, "USER was added to the debug stage, which compose does not build:\n" + read("Dockerfile"));
      assertTrue(plan.needsInput().stream().anyMatch(n -> n.checkId().equals("security.container.non-root") && n.message().contains("runtime")), inputs(plan).toString());
    }
  }

  // 3a. No backup service when the database password is a literal in the compose file.
  @Test
  void noBackupWhenTheDatabasePasswordIsALiteral() throws Exception {
    write("compose.yaml", """
        services:
          web:
            build: .
            ports: ["127.0.0.1:3000:3000"]
            depends_on: [db]
          db:
            image: postgres:16
            environment:
              POSTGRES_USER: app
              POSTGRES_PASSWORD: Vq8mZr2LkT4wXp9s
            volumes: ["pgdata:/var/lib/postgresql/data"]
        volumes:
          pgdata: {}
        """);
    write("Dockerfile", NODE_APP_DOCKERFILE);
    nodeApp("");
    Plan plan = planAndApply(List.of("automation.backup"), false);
    assertEquals(List.of(), composeServices("backup"), "a backup without the database password would fail every night");
    assertTrue(inputs(plan).stream().anyMatch(m -> m.contains("POSTGRES_PASSWORD") && m.contains("backup")), inputs(plan).toString());
    for (FileChange c : plan.changes().changes()) assertFalse(c.after().contains("Vq8mZr2LkT4wXp9s"), c.path() + " copies the literal password");
  }

  // 3b. With two datastores the backup dumps the first and lists the second as something a person must supply.
  @Test
  void backupWithTwoDatastoresListsTheSecondAsNeedsInput() throws Exception {
    write("compose.yaml", """
        services:
          web:
            build: .
            ports: ["127.0.0.1:3000:3000"]
            depends_on: [db, mongo]
            networks: [data]
          db:
            image: postgres:16
            environment:
              POSTGRES_USER: app
              POSTGRES_PASSWORD: ${POSTGRES_PASSWORD}
            volumes: ["pgdata:/var/lib/postgresql/data"]
            networks: [data]
          mongo:
            image: mongo:7
            environment:
              MONGO_INITDB_ROOT_USERNAME: root
              MONGO_INITDB_ROOT_PASSWORD: ${MONGO_PASSWORD}
            volumes: ["mongodata:/data/db"]
            networks: [data]
        networks:
          data: {}
        volumes:
          pgdata: {}
          mongodata: {}
        """);
    write("Dockerfile", NODE_APP_DOCKERFILE);
    nodeApp("");
    Plan plan = planAndApply(List.of("automation.backup"), false);
    List<Object> backup = composeServices("backup");
    assertEquals(1, backup.size(), inputs(plan).toString());
    String command = String.valueOf(at(backup.get(0), "command"));
    assertTrue(command.contains("pg_dump -h db"), command);
    assertTrue(networks(backup.get(0)).contains("data"), "the backup reaches db: " + backup.get(0));
    boolean coversMongo = command.contains("mongodump");
    assertTrue(coversMongo || inputs(plan).stream().anyMatch(m -> m.contains("[automation.backup]") && m.contains("mongo")),
        "the second datastore is neither backed up nor listed for a person: " + inputs(plan));
  }

  // 4. The image workflow builds the Dockerfile compose uses, with its context, on the repository's default branch.
  @Test
  void imageWorkflowBuildsTheComposeDockerfileOnTheDefaultBranch() throws Exception {
    write("compose.yaml", """
        services:
          api:
            build:
              context: ./api
              dockerfile: docker/Dockerfile.prod
            ports: ["127.0.0.1:3000:3000"]
        """);
    write("api/docker/Dockerfile.prod", NODE_APP_DOCKERFILE);
    write("api/Dockerfile", "FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD [\"npm\", \"test\"]\n");
    write("Dockerfile.test", "FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD [\"npm\", \"test\"]\n");
    nodeApp("api");
    write(".github/workflows/ci.yml", "name: ci\non:\n  push:\n    branches: [master]\n  pull_request:\n    branches: [master]\n"
        + "permissions:\n  contents: read\njobs:\n  test:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: actions/checkout@v4\n      - run: npm test\n        working-directory: api\n");
    Plan plan = planAndApply(List.of("automation.ci.image-build"), false);
    assertTrue(Files.exists(repo.resolve(".github/workflows/container-build.yml")), inputs(plan).toString());
    Map<String, Object> wf = yaml(read(".github/workflows/container-build.yml"));
    // YAML 1.1 reads the key `on` as boolean true.
    Object on = wf.containsKey("on") ? wf.get("on") : ((Map<?, ?>) wf).get(Boolean.TRUE);
    assertEquals(List.of("master"), at(on, "push", "branches"), "built on the default branch the repository uses");
    List<?> images = (List<?>) at(wf, "jobs", "image", "strategy", "matrix", "image");
    assertNotNull(images, wf.toString());
    assertEquals(1, images.size(), "only the image compose builds, not the test Dockerfiles: " + images);
    Object dockerfile = at(images.get(0), "dockerfile");
    Object context = at(images.get(0), "context");
    // docker/build-push-action reads `file` relative to the workspace and `context` as the build context.
    assertEquals("api/docker/Dockerfile.prod", String.valueOf(dockerfile), images.toString());
    assertTrue(List.of("api", "./api").contains(String.valueOf(context)), images.toString());
  }

  // 5. SECURITY.md claims only what the repository does.
  @Test
  void securityPolicyClaimsOnlyPracticesTheRepositoryHas() throws Exception {
    write("compose.yaml", "services:\n  web:\n    build: .\n    ports: [\"127.0.0.1:3000:3000\"]\n    env_file: .env\n");
    write("Dockerfile", "FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nCMD [\"node\", \"server.js\"]\n");
    write(".env", "SESSION_SECRET=Vq8mZr2LkT4wXp9s\n");
    nodeApp("");
    planAndApply(List.of("docs.security-policy"), false);
    String policy = read("SECURITY.md");
    assertTrue(policy.contains("Report a vulnerability"), policy);
    for (String claim : List.of("non-root", "scanned for known vulnerabilities", "Dependency updates", "never committed")) {
      assertFalse(policy.contains(claim), "SECURITY.md claims a practice the repository does not have (" + claim + "):\n" + policy);
    }

    // The same repository with dependency updates and a non-root image: those (and only those) are stated.
    Files.delete(repo.resolve("SECURITY.md"));
    write(".github/dependabot.yml", "version: 2\nupdates:\n  - package-ecosystem: npm\n    directory: /\n    schedule:\n      interval: weekly\n");
    write("Dockerfile", NODE_APP_DOCKERFILE);
    planAndApply(List.of("docs.security-policy"), false);
    policy = read("SECURITY.md");
    assertTrue(policy.contains("Dependency updates are proposed automatically"), policy);
    assertTrue(policy.contains("non-root"), policy);
    assertFalse(policy.contains("scanned for known vulnerabilities"), policy);
  }

  // 6. The docs name the env file the stack reads.
  @Test
  void docsNameTheEnvFileTheStackReads() throws Exception {
    write("compose.yaml", """
        services:
          web:
            build: .
            ports: ["127.0.0.1:3000:3000"]
            env_file: .env.production
            restart: unless-stopped
            depends_on: [db]
          db:
            image: postgres:16
            env_file: .env.production
            volumes: ["pgdata:/var/lib/postgresql/data"]
        volumes:
          pgdata: {}
        """);
    write("Dockerfile", NODE_APP_DOCKERFILE);
    nodeApp("");
    write(".env.production.example", "SESSION_SECRET=\nNODE_ENV=production\nPOSTGRES_PASSWORD=\n");
    write(".gitignore", ".env.production\n");
    write("deploy.sh", "#!/usr/bin/env bash\nset -euo pipefail\ngit pull\ndocker compose up -d --build\n");
    Plan plan = planAndApply(List.of("docs.deployment", "docs.runbook"), false);
    for (String doc : List.of("DEPLOYMENT.md", "RUNBOOK.md")) {
      assertTrue(Files.exists(repo.resolve(doc)), doc + " " + inputs(plan));
      String text = read(doc);
      assertTrue(text.contains("`.env.production`"), doc + " names the env file the stack reads:\n" + text);
      assertFalse(text.contains("`.env`"), doc + " sends operators to .env, which this stack does not read:\n" + text);
    }
  }

  // 7. --only automation.ci.deploy writes no reference to a file it does not create.
  @Test
  void onlyDeployWorkflowReferencesOnlyFilesThatExist() throws Exception {
    write("compose.yaml", """
        services:
          web:
            build:
              context: .
              target: development
            command: npm run dev
            ports: ["3000:3000"]
            volumes: [".:/app"]
        """);
    write("Dockerfile", "FROM node:22-alpine AS development\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD [\"npm\", \"run\", \"dev\"]\n\n"
        + "FROM node:22-alpine AS production\nWORKDIR /app\nCOPY . .\nRUN npm ci --omit=dev\nUSER node\nCMD [\"node\", \"server.js\"]\n");
    nodeApp("");
    write("deploy.sh", "#!/usr/bin/env bash\nset -euo pipefail\ngit pull\ndocker compose up -d --build\n");
    Plan plan = planAndApply(List.of("automation.ci.deploy"), true);
    List<String> written = plan.changes().changes().stream().map(FileChange::path).toList();
    assertTrue(written.contains(".github/workflows/deploy.yml"), written + " " + inputs(plan) + " " + plan.manual() + " " + plan.heldBack());
    for (FileChange c : plan.changes().changes()) {
      assertFalse(c.after().contains("compose.prod"), c.path() + " references a production compose file --only automation.ci.deploy does not create");
      assertFalse(c.after().contains("docker-compose.override"), c.path());
    }
    // Every compose file the workflow deploys exists after the run.
    Map<String, Object> wf = yaml(read(".github/workflows/deploy.yml"));
    String text = read(".github/workflows/deploy.yml");
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("COMPOSE_FILE:\\s*\"?([^\"\\n]+)").matcher(text);
    while (m.find()) for (String f : m.group(1).trim().split(":")) if (!f.contains("$")) assertTrue(Files.exists(repo.resolve(f)), f + " in " + wf);
  }

  // 8. A compose config failure that predates the fix is "could not verify", never passed (nor a failure of the fix).
  @Test
  void verifierReportsAFailureThatPredatesTheFixAsNotVerified() throws Exception {
    Optional<Path> v2 = ProcessRunner.tool("docker-compose-v2");
    boolean plugin = ProcessRunner.which("docker").isPresent() && new ProcessRunner(30).run(repo, List.of("docker", "compose", "version")).ok();
    assumeTrue(v2.isPresent() || plugin, "Compose v2 (docker-compose-v2 in $HOME/.cache/readiness-tools/bin, see .ci/run) is not installed; verifier baseline test skipped");
    // The service joins a network the file never declares: Compose v2 config rejects it, before and after.
    String before = "services:\n  web:\n    image: nginx:1.27-alpine\n    networks: [front]\n    ports: [\"127.0.0.1:8080:80\"]\n";
    write("compose.yaml", before);
    try (ScanAssessor assessor = new ScanAssessor()) {
      dev.readiness.fix.stack.Stack stack = assessor.assess(repo, List.of()).stack();
      Verifier verifier = new Verifier(new ProcessRunner(120));
      Optional<ProcessRunner.Result> baseline = verifier.composeBaseline(repo, stack);
      assertTrue(baseline.isPresent() && !baseline.get().ok(), "the fixture fails compose config before the fix: " + baseline);
      // The fix writes the production override of the chain the verifier runs; the base file's own error remains.
      String prodFile = dev.readiness.fix.remediation.ComposeTarget.of(stack).orElseThrow().file();
      String prod = "services:\n  web:\n    restart: unless-stopped\n";
      write(prodFile, prod);
      FileChange change = new FileChange(prodFile, ChangeKind.CREATE, null, prod, null, List.of("infra.compose.restart-policy: restart"),
          List.of("infra.compose.restart-policy"), null);
      Verifier.Outcome o = verifier.verify(repo, new ChangeSet(List.of(change)), stack, baseline);
      assertTrue(o.warnings().stream().anyMatch(w -> w.contains("front")), "the remaining error is the base file's undeclared network: " + o.warnings());
      assertFalse(o.passed().stream().anyMatch(p -> p.contains("compose config")), "not passed: " + o.passed());
      assertTrue(o.failures().isEmpty(), "a failure the fix did not cause does not roll it back: " + o.failures());
      assertTrue(o.warnings().stream().anyMatch(w -> w.contains("compose config") && w.contains("failed before the fix too")), o.warnings().toString());

      // Without a failing baseline the same result is the fix's failure.
      Verifier.Outcome fresh = verifier.verify(repo, new ChangeSet(List.of(change)), stack, Optional.empty());
      assertTrue(fresh.failures().stream().anyMatch(f -> f.contains("compose config")), fresh.toString());
    }
  }
}
