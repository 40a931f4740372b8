package dev.readiness.scan.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.testing.TestRepo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What compose files are for, files that do not parse, and the facts that decide how a stack is judged. */
class ComposeContextTest {
  @TempDir Path dir;

  private ComposeFacts scan(TestRepo repo) {
    return new ComposeScanner().scan(repo.context());
  }

  private static ComposeFile file(ComposeFacts facts, String path) {
    return facts.files().stream().filter(f -> f.file().equals(path)).findFirst().orElseThrow(() -> new AssertionError("no file " + path));
  }

  @Test
  void purposesComeFromPathsAndHeaders() {
    assertEquals(ComposePurpose.TEST, ComposePurpose.of("docker/compose/docker-compose.ci-test.yml", null));
    assertEquals(ComposePurpose.TEST, ComposePurpose.of(".ci/compose.cypress.yaml", null));
    assertEquals(ComposePurpose.DEVCONTAINER, ComposePurpose.of(".devcontainer/docker-compose.yml", null));
    assertEquals(ComposePurpose.DEVELOPMENT, ComposePurpose.of("docker-compose.dev.yml", null));
    assertEquals(ComposePurpose.DEVELOPMENT, ComposePurpose.of("docker-compose-dev.yml", null));
    assertEquals(ComposePurpose.DEVELOPMENT, ComposePurpose.of("compose.yaml", "# This configuration file is for the **development** setup.\nservices: {}\n"));
    assertEquals(ComposePurpose.DEPLOYMENT, ComposePurpose.of("compose.yaml", "# Production stack\nservices: {}\n"));
    assertEquals(ComposePurpose.DEPLOYMENT, ComposePurpose.of("docker-compose.prod.yml", null));
    assertEquals(ComposePurpose.DEPLOYMENT, ComposePurpose.of("rtcstats/localstack/localstack.yml", null));
    assertEquals(ComposePurpose.TEST, ComposePurpose.of("stack/aws.yml", "services:\n  aws:\n    image: localstack/localstack:3.8\n"));
    assertEquals(ComposePurpose.DEVELOPMENT, ComposePurpose.ofChain(List.of("deployment", "development"), "docker-compose.dev.yml"));
  }

  @Test
  void aFileThatDoesNotParseIsListedWithItsErrorAndInNoProject() {
    TestRepo repo = new TestRepo(dir).file("docker-compose.yml", "services:\n  web:\n    image: nginx:1.27\n   bad: [\n");
    ComposeFacts facts = scan(repo);
    ComposeFile f = file(facts, "docker-compose.yml");
    assertTrue(f.error() != null && f.error().startsWith("line "), String.valueOf(f.error()));
    assertTrue(f.error().contains("invalid YAML"), f.error());
    assertTrue(facts.projects().isEmpty(), facts.projects().toString());
  }

  @Test
  void devOverridesAndTestFilesGetTheirPurposeAndTheBaseStaysTheDeployment() {
    TestRepo repo = new TestRepo(dir)
        .file("docker-compose.yml", "services:\n  web:\n    image: ghcr.io/acme/web:1.2\n    restart: always\n")
        .file("docker-compose.dev.yml", "services:\n  web:\n    build: .\n")
        .file("tests/docker-compose.yml", "services:\n  db:\n    image: postgres:16\n");
    ComposeFacts facts = scan(repo);
    assertEquals("deployment", file(facts, "docker-compose.yml").purpose());
    assertEquals("development", file(facts, "docker-compose.dev.yml").purpose());
    assertEquals("test", file(facts, "tests/docker-compose.yml").purpose());
    assertEquals("deployment", ComposeScannerTest.config(facts, "default").purpose());
    assertEquals("development", ComposeScannerTest.config(facts, "docker-compose.dev").purpose());
  }

  @Test
  void aSwarmStackFileIsTheProductionChain() {
    TestRepo repo = new TestRepo(dir)
        .file("docker-compose.yml", "services:\n  web:\n    build: .\n")
        .file("docker-stack.yml", "services:\n  web:\n    image: acme/web:1.2\n    deploy:\n      replicas: 2\n      placement:\n        constraints: [node.role == worker]\n");
    ComposeFacts facts = scan(repo);
    ComposeConfig stack = ComposeScannerTest.config(facts, "production");
    assertEquals(List.of("docker-stack.yml"), stack.files());
    assertTrue(stack.production());
    assertTrue(stack.swarm());
    assertEquals(List.of("placement"), ComposeScannerTest.service(stack, "web").deploy().swarmKeys());
    assertFalse(ComposeScannerTest.config(facts, "default").swarm());
  }

  @Test
  void theEnvTemplateFillsVariablesWithoutADefaultAndEnablesProfiles() {
    TestRepo repo = new TestRepo(dir)
        .file("env.example", "NGINX_TAG=1.27-alpine\nRESTART=no\nCOMPOSE_PROFILES=web,worker\n")
        .file("docker-compose.yml", "services:\n  proxy:\n    image: nginx:${NGINX_TAG}\n    restart: ${RESTART:-unless-stopped}\n"
            + "  web:\n    image: acme/web:1.2\n    profiles: [web]\n");
    ComposeFacts facts = scan(repo);
    ComposeConfig c = ComposeScannerTest.config(facts, "default");
    ComposeService proxy = ComposeScannerTest.service(c, "proxy");
    assertEquals("1.27-alpine", proxy.image().tag());
    assertEquals("unless-stopped", proxy.restart());
    assertEquals(List.of("web", "worker"), c.activeProfiles());
    assertTrue(c.unresolvedVariables().stream().anyMatch(u -> u.name().equals("NGINX_TAG")), c.unresolvedVariables().toString());
    assertNull(c.envFile());
  }

  @Test
  void aServiceBuiltFromADatastoreImageIsThatDatastore() {
    TestRepo repo = new TestRepo(dir)
        .file("db/Dockerfile", "ARG PG=16\nFROM postgres:${PG}\nCOPY init.sql /docker-entrypoint-initdb.d/\n")
        .file("web/Dockerfile", "FROM node:22 AS build\nFROM nginx:1.27 AS prod\nFROM node:22 AS dev\n")
        .file("docker-compose.yml", "services:\n  web-db:\n    build: ./db\n  spa:\n    build:\n      context: ./web\n      target: prod\n"
            + "  reverse-proxy:\n    build:\n      context: ./web\n      target: prod\n");
    ComposeConfig c = ComposeScannerTest.config(scan(repo), "default");
    ComposeService db = ComposeScannerTest.service(c, "web-db");
    assertEquals("datastore", db.role());
    assertEquals("postgres", db.stateful());
    assertEquals("app", ComposeScannerTest.service(c, "spa").role());
    assertEquals("proxy", ComposeScannerTest.service(c, "reverse-proxy").role());
  }

  @Test
  void aReverseProxyOverlayInASubdirectoryIsLayeredOnTheBase() {
    TestRepo repo = new TestRepo(dir)
        .file("docker-compose.yml", "services:\n  app:\n    image: acme/app:1.2\n    restart: always\n")
        .file("reverse-proxy/docker-compose.caddy.yml", "services:\n  caddy:\n    image: caddy:2.8\n    depends_on: [app]\n"
            + "  app:\n    labels:\n      virtual.host: example.com\n");
    ComposeFacts facts = scan(repo);
    assertEquals(1, facts.projects().size(), facts.projects().toString());
    ComposeConfig overlay = ComposeScannerTest.config(facts, "docker-compose.caddy");
    assertEquals(List.of("docker-compose.yml", "reverse-proxy/docker-compose.caddy.yml"), overlay.files());
    assertEquals("always", ComposeScannerTest.service(overlay, "app").restart());
  }
}
