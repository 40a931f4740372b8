package dev.readiness.fix.remediation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.fix.PathGuard;
import dev.readiness.fix.Workspace;
import dev.readiness.fix.stack.Stack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The healthcheck command exists in the image at that version, or there is none, with the reason. */
class HealthcheckTableTest {
  @TempDir Path root;

  private Stack.Service service(String name, String stateful, String image, List<String> env, List<String> envFiles, Integer port) {
    return new Stack.Service(name, "compose.yaml", 1, stateful == null ? "app" : "datastore", stateful, image, null, null, List.of(), false, null,
        false, false, List.of(), List.of(), port != null, port, port != null ? "/health" : null, env, envFiles);
  }

  private Stack stack(Stack.Service s, Stack.Component... components) {
    return new Stack("t", List.of(components), List.of(s), new Stack.ComposeLayout(".", List.of("compose.yaml"), null, true, null),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
  }

  private Healthchecks.Probe probe(Stack.Service s, Stack.Component... c) throws Exception {
    Files.writeString(root.resolve("compose.yaml"), "services:\n  " + s.name() + ":\n    image: " + s.image() + "\n");
    return Healthchecks.probe(stack(s, c), s, new Workspace(new PathGuard(root), false), null);
  }

  @Test
  void mongoShellFollowsTheMajorVersion() throws Exception {
    // The legacy `mongo` shell is gone from 6.0 images; `mongosh` ships from 5.0.
    assertEquals("mongo", probe(service("db", "mongo", "mongo:4.2", List.of(), List.of(), null)).test().get(1));
    assertEquals("mongosh", probe(service("db", "mongo", "mongo:6.0", List.of(), List.of(), null)).test().get(1));
    assertEquals("mongosh", probe(service("db", "mongo", "mongo", List.of(), List.of(), null)).test().get(1));
  }

  @Test
  void mariadbElevenUsesItsHealthcheckScript() throws Exception {
    assertEquals(List.of("CMD", "healthcheck.sh", "--connect", "--innodb_initialized"),
        probe(service("db", "mariadb", "mariadb:11.4", List.of(), List.of(), null)).test());
    assertTrue(probe(service("db", "mariadb", "mariadb:10.6", List.of(), List.of(), null)).test().get(1).startsWith("mysqladmin ping"));
  }

  @Test
  void nginxProbeUsesTheClientItsImageHas() throws Exception {
    assertTrue(probe(service("web", null, "nginx:1.27-alpine", List.of(), List.of(), null)).test().get(1).startsWith("wget "), "busybox wget on Alpine");
    assertTrue(probe(service("web", null, "nginx:1.27", List.of(), List.of(), null)).test().get(1).startsWith("curl "), "curl on Debian");
  }

  @Test
  void traefikNeedsItsPingEndpoint() throws Exception {
    Healthchecks.Probe none = probe(service("proxy", null, "traefik:v3.1", List.of(), List.of(), null));
    assertFalse(none.present());
    assertTrue(none.whyNone().contains("--ping"), none.whyNone());
    Stack.Service withPing = service("proxy", null, "traefik:v3.1", List.of(), List.of(), null);
    Files.writeString(root.resolve("compose.yaml"), "services:\n  proxy:\n    image: traefik:v3.1\n    command: [\"--ping=true\", \"--providers.docker\"]\n");
    Healthchecks.Probe p = Healthchecks.probe(stack(withPing), withPing, new Workspace(new PathGuard(root), false), null);
    assertEquals(List.of("CMD", "traefik", "healthcheck", "--ping"), p.test());
  }

  @Test
  void forcedHttpsIsProbedOverWhatAnswers() throws Exception {
    Stack.Component app = new Stack.Component(".", "python", "fastapi", "pip", null, "server", 8000, "app.main:app", null, "/health", "api");
    Stack.Service plain = new Stack.Service("api", "compose.yaml", 1, "app", null, null, ".", null, List.of(), false, null, false, false,
        List.of(), List.of(), true, 8000, "/health", List.of(), List.of(".env.app"));
    Files.writeString(root.resolve(".env.app"), "FORCE_HTTPS=false\n");
    Workspace ws = new Workspace(new PathGuard(root), false);
    assertTrue(Healthchecks.probe(stack(plain, app), plain, ws, null).test().get(3).contains("urlopen('http://127.0.0.1:8000/health'"));
    // With FORCE_HTTPS the app redirects /health to https: an HTTP probe would never pass, a TCP probe proves it listens.
    Files.writeString(root.resolve(".env.app"), "FORCE_HTTPS=true\n");
    ws = new Workspace(new PathGuard(root), false);
    String cmd = Healthchecks.probe(stack(plain, app), plain, ws, null).test().get(3);
    assertTrue(cmd.contains("socket.create_connection(('127.0.0.1', 8000)"), cmd);
  }

  @Test
  void distrolessAppGetsNoShellProbe() throws Exception {
    Stack.Component app = new Stack.Component(".", "java", "spring", "maven", null, "server", 8080, null, "Dockerfile", null, "api");
    Stack.Service api = new Stack.Service("api", "compose.yaml", 1, "app", null, null, ".", "Dockerfile", List.of(), false, null, false, false,
        List.of(), List.of(), true, 8080, null, List.of(), List.of());
    Stack s = new Stack("t", List.of(app), List.of(api), new Stack.ComposeLayout(".", List.of("compose.yaml"), null, true, null),
        List.of(new Stack.DockerfileInfo("Dockerfile", ".", 5, "gcr.io/distroless/java21-debian12", null, 9, null, false, List.of())),
        List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    Healthchecks.Probe p = Healthchecks.probe(s, api, new Workspace(new PathGuard(root), false), null);
    assertFalse(p.present());
    assertTrue(p.whyNone().contains("distroless"), p.whyNone());
  }
}
