package dev.readiness.scan.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.scan.TestScanContext;
import dev.readiness.scan.dockerfile.DockerfileFacts.Run;
import dev.readiness.scan.dockerfile.DockerfileFacts.Stage;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerfileScannerTest {
  /** A stand-in classifier so these tests do not depend on the env scanner's rules. */
  private static final ValueKindClassifier KINDS = (k, v) -> v == null || v.isEmpty() ? "empty" : k.contains("SECRET") ? "secret" : "text";

  @TempDir Path dir;

  private List<DockerfileFacts> scan(String path, String text) {
    TestScanContext ctx = TestScanContext.of(dir, Map.of(path, text));
    return new DockerfileScanner(KINDS).scan(ctx);
  }

  @Test
  void argDefaultsResolveInFrom() {
    DockerfileFacts f = scan("backend/Dockerfile", String.join("\n",
        "ARG PY=3.11",
        "ARG VARIANT",
        "ARG REG=ghcr.io/acme",
        "FROM python:${PY}-slim AS builder",
        "FROM ${REG}/base:${TAG:-1.2}@sha256:abc",
        "FROM $PY",
        "FROM python:${VARIANT}",
        "FROM builder",
        "")).get(0);
    assertEquals("backend", f.context());
    assertEquals(3, f.args().size());
    assertTrue(f.args().get(0).hasDefault());
    assertFalse(f.args().get(1).hasDefault());
    Stage s0 = f.stages().get(0);
    assertEquals("builder", s0.name());
    assertEquals("python:3.11-slim", s0.from().resolved());
    assertEquals("python", s0.from().repository());
    assertEquals("3.11-slim", s0.from().tag());
    DockerfileFacts.From f1 = f.stages().get(1).from();
    assertEquals("ghcr.io", f1.registry());
    assertEquals("acme/base", f1.repository());
    assertEquals("1.2", f1.tag());
    assertEquals("sha256:abc", f1.digest());
    assertEquals("3.11", f.stages().get(2).from().resolved());
    assertNull(f.stages().get(3).from().resolved(), "ARG without default cannot be resolved");
    assertEquals("builder", f.stages().get(4).from().stageRef());
    assertEquals(4, f.finalStage());
  }

  @Test
  void stageFacts() {
    DockerfileFacts f = scan("Dockerfile", String.join("\n",
        "FROM node:20 AS build",
        "USER node",
        "FROM nginx:1.27",
        "ENV APP_SECRET=s3cr3t-value MODE=prod",
        "ENV LEGACY_KEY some value",
        "ARG BUILD_ENV",
        "EXPOSE 80 443/udp",
        "WORKDIR /usr/share/nginx/html",
        "COPY --from=build --chown=101:101 /app/dist ./",
        "ADD [\"a b\", \"/c\"]",
        "USER root",
        "USER nginx",
        "HEALTHCHECK --interval=30s CMD wget -qO- http://localhost/ || exit 1",
        "ENTRYPOINT [\"nginx\"]",
        "CMD [\"-g\", \"daemon off;\"]",
        "")).get(0);
    Stage s = f.stages().get(1);
    assertEquals("nginx", s.user().value());
    assertEquals(12, s.user().line());
    assertEquals("node", f.stages().get(0).user().value());
    assertEquals(List.of("APP_SECRET", "MODE", "LEGACY_KEY"), s.env().stream().map(DockerfileFacts.KeyKind::key).toList());
    assertEquals("secret", s.env().get(0).kind());
    assertEquals(5, s.env().get(2).line());
    assertEquals("empty", s.args().get(0).kind());
    assertEquals("443", s.expose().get(1).port());
    assertEquals("udp", s.expose().get(1).protocol());
    assertEquals("build", s.copies().get(0).from());
    assertEquals("101:101", s.copies().get(0).chown());
    assertEquals(List.of("/app/dist"), s.copies().get(0).sources());
    assertEquals("./", s.copies().get(0).dest());
    assertEquals(List.of("a b"), s.copies().get(1).sources());
    assertEquals("ADD", s.copies().get(1).instruction());
    assertEquals("30s", s.healthcheck().interval());
    assertTrue(s.healthcheck().test().startsWith("wget"));
    assertEquals("json", s.cmd().form());
    assertEquals(List.of("nginx"), s.entrypoint().value());
    assertEquals("/usr/share/nginx/html", s.workdir());
    assertEquals(15, f.instructions());
    String json = f.toString();
    assertFalse(json.contains("s3cr3t-value"), "ENV values are never kept");
  }

  @Test
  void healthcheckNone() {
    Stage s = scan("Dockerfile", "FROM a\nHEALTHCHECK NONE\n").get(0).stages().get(0);
    assertTrue(s.healthcheck().none());
  }

  @Test
  void runAnalysis() {
    DockerfileFacts f = scan("Dockerfile", String.join("\n",
        "FROM debian:12",
        "RUN apt-get update && apt-get install -y --no-install-recommends curl \\",
        "    && rm -rf /var/lib/apt/lists/*",
        "RUN apt-get install -y git",
        "RUN --mount=type=cache,target=/root/.cache/pip pip install -r requirements.txt",
        "RUN curl -fsSL https://get.example.com | sudo bash -s --",
        "RUN <<EOF",
        "npm ci",
        "npm cache clean --force",
        "EOF",
        "RUN [\"apk\", \"add\", \"--no-cache\", \"tini\"]",
        "RUN echo 'ls /var/lib/apt' && go build ./... && ./gradlew build",
        "RUN --network=none --security=insecure echo token ghp_abcdefghijklmnopqrstuvwxyz0123456789",
        "")).get(0);
    List<Run> runs = f.stages().get(0).runs();
    assertEquals(List.of("apt-get"), runs.get(0).packageManagers());
    assertTrue(runs.get(0).cleansCache());
    assertEquals(3, runs.get(0).endLine());
    assertFalse(runs.get(1).cleansCache());
    assertEquals(List.of("type=cache,target=/root/.cache/pip"), runs.get(2).mounts());
    assertEquals(List.of("pip"), runs.get(2).packageManagers());
    assertTrue(runs.get(2).cleansCache());
    assertTrue(runs.get(3).curlPipeShell());
    assertFalse(runs.get(0).curlPipeShell());
    assertEquals(List.of("npm"), runs.get(4).packageManagers());
    assertTrue(runs.get(4).cleansCache());
    assertEquals("json", runs.get(5).form());
    assertEquals(List.of("apk"), runs.get(5).packageManagers());
    assertTrue(runs.get(5).cleansCache());
    assertEquals(List.of("go", "gradle"), runs.get(6).packageManagers());
    assertEquals("none", runs.get(7).network());
    assertEquals("insecure", runs.get(7).security());
    assertFalse(runs.get(7).command().contains("ghp_"), "tokens are masked in commands");
  }

  @Test
  void problemsBecomeDiagnosticsWithLines() {
    TestScanContext ctx = TestScanContext.of(dir, Map.of("Dockerfile", "ENV A=1\nFROM a\nBOGUS x\nUSER app\n"));
    List<DockerfileFacts> facts = new DockerfileScanner(KINDS).scan(ctx);
    assertEquals("app", facts.get(0).stages().get(0).user().value());
    assertEquals(2, ctx.diagnostics.size());
    assertTrue(ctx.diagnostics.stream().anyMatch(d -> d.line() == 3 && d.message().contains("BOGUS")));
    assertTrue(ctx.diagnostics.stream().anyMatch(d -> d.line() == 1 && d.message().contains("before the first FROM")));
  }

  @Test
  void noFromMeansNoStages() {
    DockerfileFacts f = scan("Dockerfile", "# just a comment\n").get(0);
    assertTrue(f.stages().isEmpty());
    assertNull(f.finalStage());
  }

  @Test
  void fileWithoutFromIsNotReadAsADockerfile() {
    TestScanContext ctx = TestScanContext.of(dir, Map.of("policies/dockerfile_check.rego", "package x\nimport rego.v1\ndeny contains msg if { true }\n"));
    // the test context guesses kinds by name: force the kind the way a too-eager discovery would
    List<DockerfileFacts> facts = new DockerfileScanner(KINDS).scan(new ForcedKindContext(ctx));
    assertTrue(facts.isEmpty());
    assertEquals(1, ctx.diagnostics.size());
    assertTrue(ctx.diagnostics.get(0).message().contains("no FROM"));
  }

  /** Presents every file as a Dockerfile. */
  private static final class ForcedKindContext implements dev.readiness.scan.ScanContext {
    private final TestScanContext inner;

    ForcedKindContext(TestScanContext inner) { this.inner = inner; }

    @Override public Path root() { return inner.root(); }
    @Override public List<dev.readiness.discover.SourceFile> files() { return inner.files(); }
    @Override public List<dev.readiness.discover.SourceFile> files(dev.readiness.model.FileKind kind) { return inner.files(); }
    @Override public java.util.Optional<dev.readiness.discover.SourceFile> file(String path) { return inner.file(path); }
    @Override public java.util.Optional<String> read(dev.readiness.discover.SourceFile f) { return inner.read(f); }
    @Override public void diagnose(dev.readiness.model.Diagnostic d) { inner.diagnose(d); }
  }
}
