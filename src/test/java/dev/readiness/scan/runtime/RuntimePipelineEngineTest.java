package dev.readiness.scan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.RestartPolicy;
import dev.readiness.input.InputDocument;
import dev.readiness.input.ScanOptions;
import dev.readiness.input.ScanPipeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole scan of a repository with a compose file, against running containers: drift points at compose lines. */
@RequiresDockerEngine
class RuntimePipelineEngineTest {
  private static final String COMPOSE = """
      name: e2e
      services:
        api:
          image: readiness-busybox:test
          user: "65534"
          restart: unless-stopped
          ports:
            - "8080:80"
          deploy:
            resources:
              limits:
                memory: 64m
          healthcheck:
            test: ["CMD", "true"]
        cache:
          image: readiness-busybox:test
      """;

  @TempDir Path repo;

  private final List<String> created = new ArrayList<>();
  private DockerEngine engine;

  @AfterEach
  void remove() {
    for (String id : created) {
      try {
        engine.docker().removeContainerCmd(id).withForce(true).exec();
      } catch (RuntimeException e) {
        // the engine teardown removes whatever is left
      }
    }
  }

  @Test
  void driftAgainstTheScannedComposeFile(DockerEngine engine) throws Exception {
    this.engine = engine;
    Files.writeString(repo.resolve("compose.yaml"), COMPOSE);
    start("e2e-api-1", Map.of("com.docker.compose.project", "e2e", "com.docker.compose.service", "api"), "65534",
        HostConfig.newHostConfig().withNetworkMode("none").withMemory(32L << 20));
    start("e2e-cache-1", Map.of(), null, HostConfig.newHostConfig().withNetworkMode("none")
        .withRestartPolicy(RestartPolicy.noRestart()));

    ScanOptions options = new ScanOptions(repo, List.of(), ScanOptions.of(repo).sizeCap(),
        new RuntimeOptions("on", engine.host().toString()));
    InputDocument doc = new ScanPipeline(options).run();
    RuntimeFacts runtime = doc.runtime();

    assertEquals("connected", runtime.status(), runtime.reason());
    assertTrue(runtime.driftCompared().containsAll(List.of("e2e-api-1", "e2e-cache-1")), runtime.driftCompared().toString());
    Map<String, DriftFinding> api = runtime.drift().stream().filter(d -> d.container().equals("e2e-api-1"))
        .collect(Collectors.toMap(DriftFinding::field, d -> d));
    assertEquals(Set.of("restart", "ports", "memory", "healthcheck"), api.keySet(), runtime.drift().toString());
    assertEquals("compose.yaml", api.get("ports").file());
    assertEquals(8, api.get("ports").line());
    assertEquals("8080->80/tcp", api.get("ports").declared());
    assertEquals("", api.get("ports").actual());
    assertEquals(13, api.get("healthcheck").line());
    assertEquals(9, api.get("memory").line());
    assertEquals("64m", api.get("memory").declared());
    assertEquals(String.valueOf(32L << 20), api.get("memory").actual());
    assertEquals(3, api.get("restart").line());
    assertTrue(runtime.drift().stream().noneMatch(d -> d.container().equals("e2e-cache-1")), runtime.drift().toString());

    JsonNode json = new ObjectMapper().valueToTree(runtime);
    JsonNode containers = json.path("containers");
    assertTrue(containers.isArray() && containers.size() >= 2, json.toString());
    for (JsonNode c : containers) {
      for (String field : List.of("id", "name", "image", "imageId", "composeProject", "composeService", "user", "privileged",
          "capAdd", "capDrop", "mounts", "networkMode", "pidMode", "ipcMode", "usernsMode", "securityOpt", "readOnlyRootfs",
          "restartPolicy", "memoryLimit", "nanoCpus", "pidsLimit", "logDriver", "logOptions", "healthcheck", "health",
          "healthLastOutput", "ports", "state", "startedAt", "restartCount")) {
        assertTrue(c.has(field), "container JSON has " + field + ": " + c);
      }
    }
    assertTrue(json.path("engine").has("apiVersion"));
  }

  private void start(String name, Map<String, String> labels, String user, HostConfig host) {
    var cmd = engine.docker().createContainerCmd(DockerEngine.IMAGE).withName(name).withCmd("sleep", "600")
        .withLabels(labels).withHostConfig(host);
    if (user != null) cmd.withUser(user);
    String id = cmd.exec().getId();
    created.add(id);
    engine.docker().startContainerCmd(id).exec();
  }
}
