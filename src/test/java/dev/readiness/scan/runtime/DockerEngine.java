package dev.readiness.scan.runtime;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.core.DefaultDockerClientConfig;
import com.github.dockerjava.core.DockerClientImpl;
import com.github.dockerjava.zerodep.ZerodepDockerHttpClient;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A Docker Engine API for tests: the one DOCKER_HOST names when it answers and has the fixture image
 * (localhost/readiness-busybox:test), else a podman engine
 * started with src/test/scripts/docker-engine.sh (stopped and deleted when the test run ends).
 */
@SuppressWarnings("deprecation")
public final class DockerEngine implements ExtensionContext.Store.CloseableResource, AutoCloseable {
  static final String IMAGE = "localhost/readiness-busybox:test";
  static final String INSTALL_HINT = "no Docker engine: install podman runc busybox-static (or set DOCKER_HOST)";
  private static final Path SCRIPT = Path.of("src/test/scripts/docker-engine.sh");

  private final URI host;
  private final Path dir;
  private final String unavailableReason;
  private final Duration setupTime;
  private DockerClient client;

  private DockerEngine(URI host, Path dir, String unavailableReason, Duration setupTime) {
    this.host = host;
    this.dir = dir;
    this.unavailableReason = unavailableReason;
    this.setupTime = setupTime;
  }

  static DockerEngine startOrFind() {
    String fromEnv = System.getenv("DOCKER_HOST");
    // an engine without the fixture image (e.g. a developer's Docker) is not used: the tests need no registry
    if (fromEnv != null && !fromEnv.isBlank() && answersWithImage(fromEnv)) {
      return new DockerEngine(URI.create(fromEnv), null, null, Duration.ZERO);
    }
    if (!onPath("podman") || !onPath("runc") || !Files.isRegularFile(SCRIPT)) {
      return unavailable(INSTALL_HINT);
    }
    long start = System.nanoTime();
    try {
      Process p = new ProcessBuilder("bash", SCRIPT.toString(), "start").redirectErrorStream(false).start();
      byte[] out = p.getInputStream().readAllBytes();
      String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        return unavailable("could not start the podman test engine: " + err.strip());
      }
      String[] lines = new String(out, StandardCharsets.UTF_8).strip().split("\n");
      Path dir = Path.of(lines[lines.length - 1].strip());
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      System.out.printf("[docker-engine] podman engine in %s ready in %d ms%n", dir, took.toMillis());
      return new DockerEngine(URI.create("unix://" + dir.resolve("podman.sock")), dir, null, took);
    } catch (IOException e) {
      return unavailable("could not start the podman test engine: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return unavailable("interrupted while starting the podman test engine");
    }
  }

  private static DockerEngine unavailable(String reason) {
    return new DockerEngine(null, null, reason, Duration.ZERO);
  }

  private static boolean answersWithImage(String host) {
    try (DockerClient c = client(URI.create(host))) {
      c.pingCmd().exec();
      c.inspectImageCmd(IMAGE).exec();
      return true;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static boolean onPath(String tool) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String d : path.split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(d, tool))) return true;
    }
    return false;
  }

  private static DockerClient client(URI host) {
    var config = DefaultDockerClientConfig.createDefaultConfigBuilder().withDockerHost(host.toString()).build();
    var http = new ZerodepDockerHttpClient.Builder().dockerHost(host)
        .connectionTimeout(Duration.ofSeconds(2)).responseTimeout(Duration.ofSeconds(30)).build();
    return DockerClientImpl.getInstance(config, http);
  }

  boolean available() { return host != null; }

  String unavailableReason() { return unavailableReason; }

  URI host() { return host; }

  /** Wall time of the engine start (zero for an engine that was already running). */
  Duration setupTime() { return setupTime; }

  /** The environment a scanner sees when pointed at this engine. */
  Map<String, String> env() {
    return Map.of("DOCKER_HOST", host.toString());
  }

  synchronized DockerClient docker() {
    if (client == null) client = client(host);
    return client;
  }

  /**
   * Runs a container's healthcheck once. Podman without systemd never runs them on its own, so
   * for our engine this is {@code podman healthcheck run}; a Docker engine runs them itself.
   */
  void runHealthcheck(String container) throws IOException, InterruptedException {
    if (dir == null) {
      Thread.sleep(3000);
      return;
    }
    Process p = new ProcessBuilder("bash", SCRIPT.toString(), "podman", dir.toString(), "healthcheck", "run", container)
        .redirectErrorStream(true).start();
    p.getInputStream().readAllBytes();
    p.waitFor(30, TimeUnit.SECONDS);
  }

  @Override
  public void close() throws IOException {
    if (client != null) client.close();
    if (dir == null) return;
    try {
      Process p = new ProcessBuilder("bash", SCRIPT.toString(), "stop", dir.toString()).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      p.waitFor(60, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Names for ids, for messages. */
  static List<String> names(List<ContainerFacts> containers) {
    List<String> out = new ArrayList<>();
    containers.forEach(c -> out.add(c.name()));
    return out;
  }
}
