package dev.readiness.scan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.model.Diagnostic;
import java.io.IOException;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the scanner says when no usable engine answers: one clear line, never a stack trace. */
class RuntimeConnectionTest {
  private static final Duration SHORT = Duration.ofSeconds(1);

  @TempDir Path tmp;

  private final RecordingContext context = new RecordingContext();

  private RuntimeFacts scan(String mode, String host, Map<String, String> env) {
    return new RuntimeScanner(new RuntimeOptions(mode, host), List.of(), env, SHORT).scan(context);
  }

  @Test
  void offIsDisabledWithoutTouchingAnything() {
    RuntimeFacts facts = scan("off", "unix:///nonexistent.sock", Map.of());
    assertEquals("disabled", facts.status());
    assertTrue(facts.containers().isEmpty());
    assertTrue(context.diagnostics.isEmpty());
  }

  @Test
  void autoWithoutSocketIsUnavailableWithReason() {
    Path missing = tmp.resolve("missing.sock");
    RuntimeFacts facts = scan("auto", null, Map.of("DOCKER_HOST", "unix://" + missing));
    assertEquals("unavailable", facts.status());
    assertEquals("no Docker engine socket at " + missing, facts.reason());
    assertNull(facts.engine());
    assertEquals(1, context.diagnostics.size());
    Diagnostic d = context.diagnostics.get(0);
    assertEquals("runtime", d.source());
    assertTrue(d.message().startsWith("runtime checks are n/a: "), d.message());
  }

  @Test
  void onWithoutEngineThrowsTheClearMessage() {
    Path missing = tmp.resolve("missing.sock");
    RuntimeUnavailableException e = assertThrows(RuntimeUnavailableException.class,
        () -> scan("on", "unix://" + missing, Map.of()));
    assertEquals("--docker on: no Docker engine socket at " + missing, e.getMessage());
  }

  @Test
  void explicitHostWinsOverDockerHost() {
    Path missing = tmp.resolve("flag.sock");
    RuntimeFacts facts = scan("auto", missing.toString(), Map.of("DOCKER_HOST", "unix:///elsewhere.sock"));
    assertEquals("no Docker engine socket at " + missing, facts.reason());
  }

  @Test
  void hangingDaemonTimesOut() throws IOException {
    try (FakeSocketServer server = FakeSocketServer.hanging(tmp.resolve("hang.sock"))) {
      long start = System.nanoTime();
      RuntimeFacts facts = scan("auto", server.uri(), Map.of());
      assertEquals("unavailable", facts.status());
      assertTrue(facts.reason().contains("did not answer"), facts.reason());
      assertTrue(facts.reason().contains(tmp.resolve("hang.sock").toString()), facts.reason());
      assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 30, "gave up instead of hanging");
      assertEquals("warning", context.diagnostics.get(0).level());
    }
  }

  @Test
  void plainHttpServerAnswering404IsNotDocker() throws IOException {
    try (FakeSocketServer server = FakeSocketServer.http(tmp.resolve("web.sock"), "404 Not Found", "text/plain",
        "404 page not found\n")) {
      RuntimeFacts facts = scan("auto", server.uri(), Map.of());
      assertEquals("unavailable", facts.status());
      assertTrue(facts.reason().contains("answered HTTP 404 to GET /_ping: it is not a Docker Engine API"), facts.reason());
      assertTrue(facts.reason().contains("404 page not found"), facts.reason());
    }
  }

  @Test
  void htmlServerAnswering200IsNotDocker() throws IOException {
    try (FakeSocketServer server = FakeSocketServer.http(tmp.resolve("html.sock"), "200 OK", "text/html",
        "<!doctype html><html><body>Welcome</body></html>")) {
      RuntimeUnavailableException e = assertThrows(RuntimeUnavailableException.class,
          () -> scan("on", server.uri(), Map.of()));
      assertTrue(e.getMessage().contains("without \"OK\": it is not a Docker Engine API"), e.getMessage());
      assertTrue(!e.getMessage().contains("\n"), "one line");
    }
  }

  @Test
  void pingOkButNoJsonVersionIsNotDocker() throws IOException {
    try (FakeSocketServer server = FakeSocketServer.http(tmp.resolve("ok.sock"), "200 OK", "text/plain", "OK")) {
      RuntimeFacts facts = scan("auto", server.uri(), Map.of());
      assertTrue(facts.reason().contains("did not answer GET /version with JSON"), facts.reason());
    }
  }

  @Test
  void socketWithoutPermission() throws IOException {
    Assumptions.assumeFalse("root".equals(System.getProperty("user.name")),
        "root ignores socket permissions; the message mapping is covered by permissionDeniedMessage");
    try (FakeSocketServer server = FakeSocketServer.hanging(tmp.resolve("locked.sock"))) {
      Files.setPosixFilePermissions(tmp.resolve("locked.sock"), PosixFilePermissions.fromString("---------"));
      RuntimeFacts facts = scan("auto", server.uri(), Map.of());
      assertTrue(facts.reason().startsWith("permission denied on "), facts.reason());
    }
  }

  @Test
  void permissionDeniedMessage() {
    EngineEndpoint endpoint = new EngineEndpoint(URI.create("unix:///var/run/docker.sock"), "default socket", null, false);
    String message = FailureMessages.describe(endpoint,
        new RuntimeException("wrapped", new AccessDeniedException("/var/run/docker.sock")));
    assertEquals("permission denied on /var/run/docker.sock (add the user to the docker group, "
        + "or point --docker-host at a socket it may use)", message);
  }

  @Test
  void unsupportedHostSchemeIsReported() {
    RuntimeFacts facts = scan("auto", null, Map.of("DOCKER_HOST", "ssh://me@box"));
    assertEquals("DOCKER_HOST 'ssh://me@box' is not a unix:///path or tcp://host:port address", facts.reason());
  }

  @Test
  void refusedTcpPort() {
    RuntimeFacts facts = scan("auto", "tcp://127.0.0.1:1", Map.of());
    assertEquals("unavailable", facts.status());
    assertTrue(facts.reason().contains("127.0.0.1:1"), facts.reason());
  }

  @Test
  void invalidModeIsRejected() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RuntimeOptions("maybe", null));
    assertEquals("--docker must be auto, on or off, not 'maybe'", e.getMessage());
  }
}
