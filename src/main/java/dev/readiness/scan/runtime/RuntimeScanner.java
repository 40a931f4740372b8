package dev.readiness.scan.runtime;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readiness.model.Diagnostic;
import dev.readiness.scan.ScanContext;
import dev.readiness.scan.Scanner;
import dev.readiness.scan.compose.ComposeFacts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Running containers via the Docker Engine API (Docker or podman), with drift against compose.
 * Read-only: it lists and inspects containers and never changes them.
 */
public final class RuntimeScanner implements Scanner<RuntimeFacts> {
  static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(2);
  static final Duration READ_TIMEOUT = Duration.ofSeconds(5);
  private static final String SOURCE = "runtime";

  private final RuntimeOptions options;
  private final List<DeclaredService> declared;
  private final Map<String, String> env;
  private final Duration readTimeout;

  public RuntimeScanner(RuntimeOptions options, ComposeFacts compose) {
    this(options, ComposeDeclarations.from(compose), System.getenv(), READ_TIMEOUT);
  }

  /** For callers that already have the declarations, a controlled environment or a shorter read timeout. */
  public RuntimeScanner(RuntimeOptions options, List<DeclaredService> declared, Map<String, String> env,
      Duration readTimeout) {
    this.options = options;
    this.declared = List.copyOf(declared);
    this.env = Map.copyOf(env);
    this.readTimeout = readTimeout;
  }

  /**
   * @throws RuntimeUnavailableException with --docker on when no engine answers
   */
  @Override
  public RuntimeFacts scan(ScanContext context) {
    if (options.mode().equals(RuntimeOptions.OFF)) return RuntimeFacts.disabled();
    List<EngineEndpoint> candidates;
    try {
      candidates = new EndpointResolver(env).candidates(options);
    } catch (IllegalArgumentException e) {
      return unavailable(context, e.getMessage(), true);
    }
    List<String> reasons = new ArrayList<>();
    boolean worthWarning = false;
    for (EngineEndpoint endpoint : candidates) {
      if (missingSocket(endpoint)) {
        // the usual case on a machine without Docker: no HTTP client (and no TLS context) to build for it
        reasons.add("no Docker engine socket at " + endpoint.display());
        worthWarning |= endpoint.explicit();
        continue;
      }
      try (EngineClient client = new EngineClient(endpoint, CONNECT_TIMEOUT, readTimeout)) {
        EngineInfo engine = EngineProbe.identify(client);
        List<ContainerFacts> containers = containers(client, "podman".equals(engine.kind()));
        DriftDetector drift = new DriftDetector(declared);
        List<String> compared = containers.stream().filter(c -> drift.match(c).isPresent()).map(ContainerFacts::name).toList();
        return RuntimeFacts.connected(engine, containers, drift.detect(containers), compared);
      } catch (EngineException e) {
        reasons.add(e.getMessage());
        worthWarning |= endpoint.explicit() || !e.getMessage().startsWith("no Docker engine socket");
      }
    }
    String reason = reasons.size() == 1 ? reasons.get(0) : "no Docker engine answered: " + String.join("; ", reasons);
    return unavailable(context, reason, worthWarning);
  }

  private static boolean missingSocket(EngineEndpoint endpoint) {
    return "unix".equals(endpoint.host().getScheme()) && endpoint.host().getPath() != null
        && !java.nio.file.Files.exists(java.nio.file.Path.of(endpoint.host().getPath()));
  }

  private RuntimeFacts unavailable(ScanContext context, String reason, boolean warning) {
    if (options.mode().equals(RuntimeOptions.ON)) {
      throw new RuntimeUnavailableException("--docker on: " + reason);
    }
    String message = "runtime checks are n/a: " + reason;
    context.diagnose(warning ? Diagnostic.warning(SOURCE, null, null, message) : Diagnostic.info(SOURCE, null, null, message));
    return RuntimeFacts.unavailable(reason);
  }

  /** Running containers, inspected a few at a time; a container that vanishes in between is skipped. */
  private static List<ContainerFacts> containers(EngineClient client, boolean podman) throws EngineException {
    JsonNode list = client.json("/containers/json");
    List<String> ids = new ArrayList<>();
    for (JsonNode summary : list) {
      String id = summary.path("Id").asText("");
      if (!id.isEmpty() && id.matches("[A-Za-z0-9]+")) ids.add(id);
    }
    ExecutorService workers = Executors.newFixedThreadPool(Math.max(1, Math.min(EngineClient.PARALLEL_CALLS, ids.size())),
        r -> {
          Thread t = new Thread(r, "readiness-inspect");
          t.setDaemon(true);
          return t;
        });
    try {
      List<Future<Optional<ContainerFacts>>> pending = new ArrayList<>();
      for (String id : ids) pending.add(workers.submit(() -> inspect(client, id, podman)));
      List<ContainerFacts> out = new ArrayList<>();
      for (Future<Optional<ContainerFacts>> f : pending) {
        try {
          f.get().ifPresent(out::add);
        } catch (ExecutionException e) {
          if (e.getCause() instanceof EngineException ee) throw ee;
          throw new EngineException("inspecting a container failed: " + e.getCause());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new EngineException("interrupted while inspecting containers");
        }
      }
      out.sort(Comparator.comparing(c -> c.name() == null ? "" : c.name()));
      return out;
    } finally {
      workers.shutdownNow();
    }
  }

  private static Optional<ContainerFacts> inspect(EngineClient client, String id, boolean podman) throws EngineException {
    Optional<JsonNode> inspect = client.jsonUnlessMissing("/containers/" + id + "/json");
    if (inspect.isEmpty()) return Optional.empty();
    JsonNode libpod = podman ? libpodInspect(client, id) : null;
    return Optional.of(ContainerFactsMapper.map(inspect.get(), libpod));
  }

  /** Podman's native inspect, for facts its Docker-compatible API leaves out; null when not served. */
  private static JsonNode libpodInspect(EngineClient client, String id) {
    try {
      return client.jsonUnlessMissing("/v4.0.0/libpod/containers/" + id + "/json").orElse(null);
    } catch (EngineException e) {
      return null;
    }
  }
}
