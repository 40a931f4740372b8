package dev.readiness.scan.compose;

import dev.readiness.model.ImageReference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.model.Diagnostic;
import dev.readiness.input.InputDocuments;
import dev.readiness.scan.ValueKind;
import dev.readiness.testing.TestRepo;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComposeScannerTest {
  @TempDir Path dir;

  static ComposeConfig config(ComposeFacts facts, String name) {
    return facts.projects().stream().flatMap(p -> p.configs().stream()).filter(c -> c.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no config " + name + " in " + facts.projects()));
  }

  static ComposeService service(ComposeConfig c, String name) {
    return c.services().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no service " + name));
  }

  private ComposeFacts scan(TestRepo repo) {
    return new ComposeScanner().scan(repo.context());
  }

  @Test
  void mergesBaseAndOverrideLikeCompose() {
    TestRepo repo = new TestRepo(dir)
        .file("docker-compose.yml", """
            services:
              web:
                build: ./web
                command: ["gunicorn", "app:app"]
                environment:
                  - A=1
                  - B=2
                labels: {tier: front}
                ports: ["8000:8000"]
                expose: ["9000"]
                volumes:
                  - ./src:/app/src
                  - data:/app/data
                depends_on: [db]
                healthcheck:
                  test: ["CMD", "curl", "-f", "http://localhost:8000/health"]
                  interval: 30s
                logging:
                  driver: json-file
                  options: {max-size: 10m}
              db:
                image: postgres:16
            volumes:
              data:
            """)
        .file("docker-compose.override.yml", """
            services:
              web:
                build:
                  target: dev
                command: flask run --reload
                environment:
                  B: "20"
                  C: "3"
                labels: [owner=team]
                ports: ["5678:5678"]
                expose: ["9000", "9001"]
                volumes:
                  - ./other:/app/src:ro
                depends_on:
                  db:
                    condition: service_healthy
                healthcheck:
                  interval: 5s
                logging:
                  driver: syslog
              db:
                environment:
                  POSTGRES_DB: app
            """)
        .file("web/Dockerfile", "FROM python:3.12\n");
    ComposeFacts facts = scan(repo);
    ComposeConfig c = config(facts, "default");
    assertEquals(List.of("docker-compose.yml", "docker-compose.override.yml"), c.files());
    assertFalse(c.production());
    ComposeService web = service(c, "web");
    assertEquals("docker-compose.yml", web.file());
    assertEquals(2, web.line());
    assertEquals("flask run --reload", web.command());
    assertEquals(List.of("A", "B", "C"), web.environment().stream().map(EnvVar::key).toList());
    assertEquals("docker-compose.override.yml", web.environment().get(1).file());
    assertEquals(Map.of("tier", "front", "owner", "team"), web.labels());
    assertEquals(List.of("8000", "5678"), web.ports().stream().map(PortMapping::published).toList());
    assertEquals(List.of("9000", "9001"), web.expose());
    assertEquals(2, web.volumes().size());
    VolumeMount src = web.volumes().stream().filter(v -> v.target().equals("/app/src")).findFirst().orElseThrow();
    assertEquals("other", src.source());
    assertTrue(src.readOnly());
    assertEquals("bind", src.type());
    assertEquals("volume", web.volumes().stream().filter(v -> v.target().equals("/app/data")).findFirst().orElseThrow().type());
    assertEquals(List.of(new Dependency("db", "service_healthy", "docker-compose.override.yml", 15)), web.dependsOn());
    assertEquals(List.of("CMD", "curl", "-f", "http://localhost:8000/health"), web.healthcheck().test());
    assertEquals("5s", web.healthcheck().interval());
    assertEquals("syslog", web.logging().driver());
    assertEquals(Map.of(), web.logging().options(), "a different driver replaces the options");
    assertEquals("web", web.build().context());
    assertEquals("web/Dockerfile", web.build().dockerfile());
    assertTrue(web.build().dockerfileExists());
    assertEquals("dev", web.build().target());
    assertEquals(List.of("POSTGRES_DB"), service(c, "db").environment().stream().map(EnvVar::key).toList());
    assertEquals(List.of("data"), c.volumes().stream().map(NamedResource::name).toList());
    assertEquals(List.of("override", "base"), facts.files().stream().map(ComposeFile::role).toList());
  }

  @Test
  void healthcheckTestSkipsItemsThatAreNotStrings() {
    // Found by ComposeFuzzTest: a null item in the test list made the scan throw.
    TestRepo repo = new TestRepo(dir).file("compose.yaml", """
        services:
          web:
            image: nginx
            healthcheck:
              test: ["CMD", ~, [x], "true"]
        """);
    ComposeService web = service(config(scan(repo), "default"), "web");
    assertEquals(List.of("CMD", "true"), web.healthcheck().test());
  }

  @Test
  void interpolatesFromTheProjectDotEnvOnly() {
    TestRepo repo = new TestRepo(dir)
        .file(".env", "TAG=1.2.3\nEMPTY=\nHOST_PORT=8080\n")
        .file("app.env", "NOT_FOR_INTERPOLATION=9\n")
        .file("compose.yaml", """
            services:
              app:
                image: "registry.example.com:5000/team/app:${TAG}"
                env_file: app.env
                ports:
                  - "${HOST_PORT:-80}:${CONTAINER_PORT:-8000}"
                  - "${EMPTY:-7000}:${EMPTY-7001}"
                user: "${NOT_FOR_INTERPOLATION:-1000}"
                restart: ${RESTART?restart policy is required}
                container_name: cost$$center
                working_dir: ${WORKDIR:-${BASE:-/srv}/app}
            """);
    ComposeConfig c = config(scan(repo), "default");
    ComposeService app = service(c, "app");
    assertEquals(new ImageReference("registry.example.com:5000/team/app:1.2.3", "registry.example.com:5000", "team/app", "1.2.3", null), app.image());
    // ${EMPTY:-7000} falls back on an empty value; ${EMPTY-7001} keeps it, leaving "7000:" (no container port).
    assertEquals(List.of("8080:8000", "null:7000:"), app.ports().stream().map(p -> (p.published() == null ? "" : p.published() + ":") + p.target()).toList()
        .stream().map(s -> s.equals("7000:") ? "null:7000:" : s).toList());
    assertEquals("1000", app.user(), "env_file does not feed interpolation");
    assertEquals("", app.restart());
    assertEquals("cost$center", app.containerName());
    assertEquals(".env", c.envFile());
    assertEquals(List.of(
        new UnresolvedVariable("BASE", "compose.yaml", 11, true, false),
        new UnresolvedVariable("CONTAINER_PORT", "compose.yaml", 6, true, false),
        new UnresolvedVariable("NOT_FOR_INTERPOLATION", "compose.yaml", 8, true, false),
        new UnresolvedVariable("RESTART", "compose.yaml", 9, false, true),
        new UnresolvedVariable("WORKDIR", "compose.yaml", 11, true, false)), c.unresolvedVariables());
  }

  @Test
  void resolvesExtendsInTheSameAndAnotherFile() {
    TestRepo repo = new TestRepo(dir)
        .file("common/base.yml", """
            services:
              python:
                build: ./py
                environment: {PYTHONUNBUFFERED: "1"}
                restart: always
            """)
        .file("common/py/Dockerfile", "FROM python\n")
        .file("docker-compose.yml", """
            services:
              worker-base:
                image: app:1
                command: celery -A app worker
                user: "1000"
              worker:
                extends: worker-base
                environment: {QUEUE: high}
              api:
                extends:
                  file: common/base.yml
                  service: python
                environment: {PORT: "8000"}
            """);
    ComposeConfig c = config(scan(repo), "default");
    ComposeService worker = service(c, "worker");
    assertEquals("celery -A app worker", worker.command());
    assertEquals("1000", worker.user());
    assertEquals("worker", worker.role());
    ComposeService api = service(c, "api");
    assertEquals("common/py", api.build().context(), "paths in an extended file resolve against that file");
    assertTrue(api.build().dockerfileExists());
    assertEquals("always", api.restart());
    assertEquals(List.of("PYTHONUNBUFFERED", "PORT"), api.environment().stream().map(EnvVar::key).toList());
    assertEquals("common/base.yml", api.environment().get(0).file());
    assertTrue(repo.diagnostics().isEmpty(), repo.diagnostics().toString());
  }

  @Test
  void includesOtherProjectsAndKeepsProfiles() {
    TestRepo repo = new TestRepo(dir)
        .file("compose.yaml", """
            include:
              - monitoring/compose.yaml
            services:
              app:
                image: app:1
              debug:
                image: busybox:1.36
                profiles: [debug]
            """)
        .file("monitoring/compose.yaml", """
            services:
              prometheus:
                image: prom/prometheus:v2.53.0
                volumes: ["./prometheus.yml:/etc/prometheus/prometheus.yml:ro"]
            """);
    ComposeFacts facts = scan(repo);
    assertEquals(1, facts.projects().size(), "an included file is part of its includer's project");
    ComposeConfig c = config(facts, "default");
    assertEquals(List.of("app", "debug", "prometheus"), c.services().stream().map(ComposeService::name).toList());
    ComposeService prom = service(c, "prometheus");
    assertEquals("monitoring", prom.role());
    assertEquals("monitoring/prometheus.yml", prom.volumes().get(0).source(), "included paths resolve against the included file");
    assertEquals(List.of("debug"), service(c, "debug").profiles());
    assertEquals(List.of("monitoring/compose.yaml"), facts.files().stream().filter(f -> f.file().equals("compose.yaml")).findFirst().orElseThrow().includes());
  }

  @Test
  void findsProductionChains() {
    TestRepo repo = new TestRepo(dir)
        .file("docker-compose.yml", "services:\n  web:\n    image: web:1\n    ports: [\"5432:5432\"]\n")
        .file("docker-compose.prod.yml", "services:\n  web:\n    restart: always\n")
        .file("docker-compose.staging.yml", "services:\n  web:\n    restart: on-failure\n")
        .file(".github/workflows/release.yml", "name: Release\non: push\njobs:\n  go:\n    runs-on: ubuntu-latest\n    steps:\n"
            + "      - run: docker compose -f docker-compose.yml -f docker-compose.staging.yml up -d --wait\n")
        .file("ops/compose.yaml", "services:\n  db:\n    image: postgres:16\n")
        .file("ops/compose.live.yaml", "services:\n  db:\n    image: postgres:16.3\n    restart: always\n");
    ComposeFacts facts = scan(repo);
    ComposeConfig prod = config(facts, "production");
    assertEquals(List.of("docker-compose.yml", "docker-compose.prod.yml"), prod.files());
    assertTrue(prod.production());
    assertEquals("production-file", prod.source());
    assertEquals("always", service(prod, "web").restart());
    ComposeConfig staging = config(facts, "docker-compose.staging");
    assertEquals(List.of("docker-compose.yml", "docker-compose.staging.yml"), staging.files());
    assertTrue(staging.production(), "run by a release workflow");
    assertEquals(List.of(".github/workflows/release.yml:7"), staging.usedBy());
    ComposeProject ops = facts.projects().stream().filter(p -> p.dir().equals("ops")).findFirst().orElseThrow();
    assertEquals("ops", ops.name());
    ComposeConfig live = ops.configs().stream().filter(ComposeConfig::production).findFirst().orElseThrow();
    assertEquals(List.of("ops/compose.live.yaml"), live.files(), "a file whose services all have images stands alone");
    assertEquals(List.of("production", "base", "production", "other", "base", "production"),
        List.of(role(facts, "docker-compose.prod.yml"), role(facts, "docker-compose.yml"), role(facts, "docker-compose.staging.yml"),
            "other", role(facts, "ops/compose.yaml"), role(facts, "ops/compose.live.yaml")));
  }

  private static String role(ComposeFacts f, String file) {
    return f.files().stream().filter(x -> x.file().equals(file)).findFirst().orElseThrow().role();
  }

  @Test
  void resetAndOverrideTagsChangeTheMerge() {
    TestRepo repo = new TestRepo(dir)
        .file("compose.yaml", "services:\n  db:\n    image: postgres:16\n    ports: [\"5432:5432\"]\n"
            + "    environment: {A: \"1\", B: \"2\"}\n    labels: {x: \"1\"}\n")
        .file("compose.prod.yaml", "services:\n  db:\n    ports: !reset []\n    environment: !override\n      C: \"3\"\n"
            + "    labels:\n      x: !reset null\n      y: \"2\"\n");
    ComposeService db = service(config(scan(repo), "production"), "db");
    assertEquals(List.of(), db.ports());
    assertEquals(List.of("C"), db.environment().stream().map(EnvVar::key).toList());
    assertEquals(Map.of("y", "2"), db.labels());
  }

  @Test
  void composeFileInDotEnvReplacesTheDefaultChain() {
    TestRepo repo = new TestRepo(dir)
        .file(".env", "COMPOSE_FILE=base.yml:prod.yml\n")
        .file("base.yml", "services:\n  web:\n    image: web:1\n")
        .file("prod.yml", "services:\n  web:\n    restart: always\n");
    ComposeConfig c = config(scan(repo), "default");
    assertEquals(List.of("base.yml", "prod.yml"), c.files());
    assertEquals("always", service(c, "web").restart());
  }

  @Test
  void classifiesServicesAndFindsWhoTalksToWhom() {
    TestRepo repo = new TestRepo(dir)
        .file("compose.yaml", """
            services:
              api:
                build: .
                ports: ["127.0.0.1:8000:8000/tcp"]
                environment:
                  DATABASE_URL: postgresql://app:${DB_PASSWORD}@db:5432/app
                  CACHE_HOST: cache
                  BROKER: amqp://guest:guest@mq//
                  APP_NAME: api
                  PASSTHROUGH:
                command: sh -c "wait-for search:9200 && ./run"
              worker:
                build: .
                command: celery -A app worker
              db: {image: "postgres:16-alpine"}
              cache: {image: bitnami/redis:7.2}
              mq: {image: "rabbitmq:3-management"}
              search: {image: docker.elastic.co/elasticsearch/elasticsearch:8.14.0}
              proxy: {image: nginx:1.27, ports: ["443:443"]}
              logs: {image: grafana/promtail:3.0.0}
              migrate: {build: ., command: alembic upgrade head, restart: "no"}
              memo: {image: memcached:1.6}
            """);
    ComposeConfig c = config(scan(repo), "default");
    ComposeService api = service(c, "api");
    assertEquals("app", api.role());
    assertTrue(api.exposesHttp());
    assertEquals(List.of("cache", "db", "mq", "search"), api.talksTo());
    assertEquals(new PortMapping("8000", "8000", "127.0.0.1", "tcp", "compose.yaml", 4), api.ports().get(0));
    assertEquals(List.of("DATABASE_URL=url[db]", "CACHE_HOST=text[cache]", "BROKER=placeholder[mq]", "APP_NAME=text[]", "PASSTHROUGH=reference[]"),
        api.environment().stream().map(e -> e.key() + "=" + e.kind().id() + e.hosts().toString().replace(" ", "")).toList());
    assertEquals(List.of("worker", "datastore:postgres:/var/lib/postgresql/data", "cache:redis:/data", "queue:rabbitmq:/var/lib/rabbitmq",
        "datastore:elasticsearch:/usr/share/elasticsearch/data", "proxy", "logging", "job", "cache:memcached:null"),
        List.of("worker", "db", "cache", "mq", "search", "proxy", "logs", "migrate", "memo").stream().map(n -> service(c, n))
            .map(s -> s.stateful() == null ? s.role() : s.role() + ":" + s.stateful() + ":" + s.dataDir()).toList());
    assertTrue(service(c, "proxy").exposesHttp());
    assertFalse(service(c, "db").exposesHttp());
  }

  @Test
  void neverShowsSecretValues() {
    TestRepo repo = new TestRepo(dir)
        .file(".env", "DB_PASSWORD=Zq8rT1vLmw93kd\n")
        .file("compose.yaml", """
            services:
              redis:
                image: redis:7
                command: redis-server --requirepass s3cr3tRedisPw --appendonly yes
                healthcheck:
                  test: redis-cli -a s3cr3tRedisPw ping
              api:
                image: api:1
                environment:
                  DATABASE_URL: postgresql://app:${DB_PASSWORD}@db/app
                  API_TOKEN: ghp_R4nd0mT0k3nV4lu3xQz8LmP2vK9sW1yB7nC3dFgH
                labels:
                  traefik.http.middlewares.auth.basicauth.users: "admin:$$apr1$$H6uskkkW$$IgXLP6ewTrSuBkTrqE8wj/"
                  com.example.secret-token: literalTokenValue123
                logging:
                  driver: splunk
                  options: {splunk-token: 2d4c9a8e-token-value, splunk-url: "https://splunk:8088"}
                command: ["./run", "--db-password=dbPw0rd123", "--password", "pw0rd-literal"]
            """);
    ComposeFacts facts = scan(repo);
    String json = InputDocuments.mapper().valueToTree(facts).toString();
    for (String secret : List.of("Zq8rT1vLmw93kd", "s3cr3tRedisPw", "ghp_R4nd0mT0k3n", "literalTokenValue123", "2d4c9a8e-token-value",
        "dbPw0rd123", "pw0rd-literal", "IgXLP6ewTrSuBkTrqE8wj")) {
      assertFalse(json.contains(secret), "leaked " + secret + " in " + json);
    }
    ComposeService api = service(config(facts, "default"), "api");
    assertEquals(ValueKind.SECRET, api.environment().get(1).kind());
    assertEquals("./run --db-password=<redacted> --password <redacted>", api.command());
    assertEquals("https://splunk:8088", api.logging().options().get("splunk-url"));
  }

  /** Compose-specific bad input; YAML bombs, deep nesting and duplicate keys are items of hostile.HostileCorpusTest. */
  @Test
  void hostileYamlBecomesDiagnostics() {
    TestRepo repo = new TestRepo(dir)
        .file("bad/compose.yaml", "services:\n  web:\n    image: nginx\n   ports: [80]\n")
        .file("list/compose.yaml", "- services\n")
        .bytes("bin/compose.yaml", new byte[] {'s', 0, 0, (byte) 0xff})
        .file("loop/compose.yaml", "services:\n  a:\n    extends: b\n  b:\n    extends: a\n")
        .file("missing/compose.yaml", "include: [nothere.yaml]\nservices:\n  a:\n    extends: {file: gone.yml, service: x}\n")
        .file("good/compose.yaml", "services:\n  ok:\n    image: nginx:1\n");
    ComposeFacts facts = scan(repo);
    assertEquals(List.of("error@4: invalid YAML: expected <block end>, but found '<block mapping start>'"),
        messages(repo, "bad/compose.yaml").stream().map(m -> m.replaceAll("(found '[^']*').*", "$1")).toList());
    assertEquals(List.of("error@1: not a compose file: the top level is not a mapping"), messages(repo, "list/compose.yaml"));
    assertEquals(List.of("warning@1: skipped: binary or not UTF-8"), messages(repo, "bin/compose.yaml"));
    assertTrue(messages(repo, "loop/compose.yaml").stream().anyMatch(m -> m.contains("extends loop")), messages(repo, "loop/compose.yaml").toString());
    assertEquals(List.of("error@1: included file not found: nothere.yaml", "error@4: extends target not found: missing/gone.yml service x"),
        messages(repo, "missing/compose.yaml"));
    ComposeProject good = facts.projects().stream().filter(p -> p.dir().equals("good")).findFirst().orElseThrow();
    assertEquals("ok", good.configs().get(0).services().get(0).name(), "the scan goes on after bad files");
  }

  private static List<String> messages(TestRepo repo, String file) {
    return repo.diagnostics().stream().filter(d -> file.equals(d.file())).map(ComposeScannerTest::format).toList();
  }

  private static String format(Diagnostic d) {
    return d.level() + "@" + d.line() + ": " + d.message();
  }

  @Test
  void noComposeFilesMeansEmptyFacts() {
    ComposeFacts facts = scan(new TestRepo(dir).file("README.md", "# hi\n"));
    assertEquals(List.of(), facts.files());
    assertEquals(List.of(), facts.projects());
  }
}
