package dev.readiness.scan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.CreateContainerCmd;
import com.github.dockerjava.api.model.Bind;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.HealthCheck;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.LogConfig;
import com.github.dockerjava.api.model.RestartPolicy;
import com.github.dockerjava.api.model.Volume;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Facts and drift read from real containers on a real Docker Engine API (podman in CI). */
@RequiresDockerEngine
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RuntimeScannerEngineTest {
  private static final long SECOND = 1_000_000_000L;
  private static final String PROJECT = "rfx";

  private final List<String> created = new ArrayList<>();
  private DockerEngine engine;
  private RuntimeFacts facts;
  private RecordingContext context;

  @BeforeAll
  void startFixtures(DockerEngine engine, @TempDir Path tmp) throws Exception {
    this.engine = engine;
    Path fakeSocket = Files.createFile(tmp.resolve("docker.sock"));
    Path etcDir = Files.createDirectories(tmp.resolve("etc"));

    // Declared exactly as it runs: no drift expected despite podman's spellings.
    run("rfx-web-1", c -> c.withUser("65534")
        .withLabels(compose("web"))
        .withHealthcheck(health("true"))
        .withHostConfig(host().withMemory(64L << 20).withRestartPolicy(RestartPolicy.unlessStoppedRestart())
            .withLogConfig(new LogConfig(LogConfig.LoggingType.JSON_FILE, Map.of("max-size", "10m")))));
    // Deliberate drift on every compared field.
    run("rfx-worker-1", c -> c.withLabels(compose("worker"))
        .withHostConfig(host().withPrivileged(true)));
    // Old compose naming without labels; drift on restart only.
    run("rfx_db_1", c -> c.withUser("nobody").withHostConfig(host()));
    // Not part of the project: root, Docker socket mounted, failing healthcheck.
    run("rt-lonely", c -> c.withHealthcheck(health("echo probe failed; exit 1"))
        .withHostConfig(host().withBinds(new Bind(fakeSocket.toString(), new Volume("/var/run/docker.sock")))));
    // Hardened; a read-only bind of a temp dir (not a sensitive host path) at /etc/app.
    run("rt-hardened", c -> c.withUser("65534:65534")
        .withHostConfig(host().withReadonlyRootfs(true).withCapDrop(Capability.ALL).withCapAdd(Capability.NET_ADMIN)
            .withSecurityOpts(List.of("no-new-privileges")).withPidsLimit(100L).withNanoCPUs(SECOND / 2)
            .withBinds(Bind.parse(etcDir + ":/etc/app:ro"))));

    engine.runHealthcheck("rfx-web-1");
    engine.runHealthcheck("rt-lonely");

    List<DeclaredService> declared = List.of(
        declared("web", "readiness-busybox:test", "65534", true, "unless-stopped", List.of(), "64m", false),
        declared("worker", "readiness-busybox:other", "1000", true, "always",
            List.of(new DeclaredService.DeclaredPort("8080", "80", "tcp")), "128m", false),
        declared("db", "localhost/readiness-busybox:test", null, null, "unless-stopped", List.of(), null, false));
    context = new RecordingContext();
    facts = new RuntimeScanner(RuntimeOptions.auto(), declared, engine.env(), RuntimeScanner.READ_TIMEOUT).scan(context);
  }

  @AfterAll
  void removeFixtures() {
    if (engine == null || !engine.available()) return;
    for (String id : created) {
      try {
        engine.docker().removeContainerCmd(id).withForce(true).withRemoveVolumes(true).exec();
      } catch (RuntimeException e) {
        // the engine teardown removes whatever is left
      }
    }
  }

  @Test
  void connectsAndIdentifiesTheEngine() {
    assertEquals(RuntimeFacts.CONNECTED, facts.status(), facts.reason());
    assertNotNull(facts.engine().apiVersion());
    assertTrue(Set.of("docker", "podman").contains(facts.engine().kind()));
    assertTrue(context.diagnostics.isEmpty(), context.diagnostics.toString());
  }

  @Test
  void readsUserHealthLimitsAndLogging() {
    ContainerFacts web = container("rfx-web-1");
    assertEquals("65534", web.user());
    assertEquals(PROJECT, web.composeProject());
    assertEquals("web", web.composeService());
    assertTrue(web.image().endsWith("readiness-busybox:test"), web.image());
    assertTrue(web.imageId().length() > 12);
    assertEquals("healthy", web.health());
    assertTrue(web.healthcheck());
    assertEquals(64L << 20, web.memoryLimit());
    assertEquals("unless-stopped", web.restartPolicy());
    assertEquals("10m", web.logOptions().get("max-size"));
    assertEquals("running", web.state());
    assertEquals("none", web.networkMode());
    assertFalse(web.privileged());
    assertNotNull(web.startedAt());
  }

  @Test
  void readsRootPrivilegedAndDefaults() {
    ContainerFacts worker = container("rfx-worker-1");
    assertEquals("", worker.user());
    assertTrue(worker.privileged());
    assertEquals("no", worker.restartPolicy());
    assertEquals(0, worker.memoryLimit());
    assertEquals("none", worker.health());
    assertFalse(worker.healthcheck());
    assertFalse(worker.logOptions().containsKey("max-size"));
  }

  @Test
  void flagsTheDockerSocketAndUnhealthyProbeOutput() {
    ContainerFacts lonely = container("rt-lonely");
    MountFacts socket = lonely.mounts().stream()
        .filter(m -> m.destination().equals("/var/run/docker.sock")).findFirst().orElseThrow();
    assertTrue(socket.dockerSocket());
    assertFalse(socket.readOnly());
    assertEquals("unhealthy", lonely.health());
    assertEquals("probe failed", lonely.healthLastOutput());
    assertEquals(null, lonely.composeProject());
  }

  @Test
  void readsHardeningOptions() {
    ContainerFacts hardened = container("rt-hardened");
    assertTrue(hardened.readOnlyRootfs());
    assertTrue(hardened.capDrop().contains("ALL"), hardened.capDrop().toString());
    assertTrue(hardened.capAdd().contains("NET_ADMIN"), hardened.capAdd().toString());
    assertTrue(hardened.securityOpt().stream().anyMatch(o -> o.startsWith("no-new-privileges")), hardened.securityOpt().toString());
    assertEquals(100L, hardened.pidsLimit());
    assertEquals(SECOND / 2, hardened.nanoCpus());
    MountFacts bind = hardened.mounts().stream().filter(m -> m.destination().equals("/etc/app")).findFirst().orElseThrow();
    assertTrue(bind.readOnly());
    assertFalse(bind.dockerSocket());
    assertFalse(bind.sensitiveHostPath(), "a temp dir is not a sensitive host path");
  }

  @Test
  void reportsOneDriftFindingPerDifference() {
    Map<String, Set<String>> fieldsByContainer = facts.drift().stream().collect(
        Collectors.groupingBy(DriftFinding::container, Collectors.mapping(DriftFinding::field, Collectors.toSet())));
    assertFalse(fieldsByContainer.containsKey("rfx-web-1"), "no drift for a container run as declared: " + facts.drift());
    assertEquals(Set.of("image", "user", "healthcheck", "restart", "ports", "memory", "privileged"),
        fieldsByContainer.get("rfx-worker-1"));
    assertEquals(Set.of("restart"), fieldsByContainer.get("rfx_db_1"));
    assertFalse(fieldsByContainer.containsKey("rt-lonely"));
    assertEquals(List.of("rfx-web-1", "rfx-worker-1", "rfx_db_1"), facts.driftCompared());
    DriftFinding restart = facts.drift().stream()
        .filter(d -> d.container().equals("rfx_db_1")).findFirst().orElseThrow();
    assertEquals("db", restart.service());
    assertEquals("unless-stopped", restart.declared());
    assertEquals("no", restart.actual());
    assertEquals("compose.yaml", restart.file());
    assertEquals(31, restart.line());
  }

  private ContainerFacts container(String name) {
    return facts.containers().stream().filter(c -> name.equals(c.name())).findFirst()
        .orElseThrow(() -> new AssertionError(name + " not among " + DockerEngine.names(facts.containers())));
  }

  private void run(String name, UnaryOperator<CreateContainerCmd> configure) {
    DockerClient docker = engine.docker();
    CreateContainerCmd cmd = docker.createContainerCmd(DockerEngine.IMAGE).withName(name).withCmd("sleep", "600");
    String id = configure.apply(cmd).exec().getId();
    created.add(id);
    docker.startContainerCmd(id).exec();
  }

  private static HostConfig host() {
    return HostConfig.newHostConfig().withNetworkMode("none");
  }

  private static HealthCheck health(String command) {
    return new HealthCheck().withTest(List.of("CMD-SHELL", command))
        .withInterval(3600 * SECOND).withTimeout(10 * SECOND).withRetries(1);
  }

  private static Map<String, String> compose(String service) {
    Map<String, String> labels = new HashMap<>();
    labels.put("com.docker.compose.project", PROJECT);
    labels.put("com.docker.compose.service", service);
    return labels;
  }

  private static DeclaredService declared(String name, String image, String user, Boolean healthcheck, String restart,
      List<DeclaredService.DeclaredPort> ports, String memory, boolean privileged) {
    int base = switch (name) {
      case "web" -> 2;
      case "worker" -> 15;
      default -> 28;
    };
    return new DeclaredService(PROJECT, name, image, user, healthcheck, restart, ports, memory, privileged,
        "compose.yaml", base, Map.of("restart", base + 3, "image", base + 1));
  }
}
