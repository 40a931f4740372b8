package dev.readiness.scan.runtime;

import java.util.List;

/**
 * What the Docker engine reports about running containers ({@code input.runtime}).
 *
 * @param status connected, unavailable (no engine answered; runtime checks are n/a) or disabled (--docker off)
 * @param engine the engine that answered, or null
 * @param reason why the engine is unavailable, or null
 * @param containers running containers, in name order
 * @param drift differences between running containers of the scanned compose project and their declaration
 * @param driftCompared names of the containers that were matched to a compose service and compared
 */
public record RuntimeFacts(
    String status, EngineInfo engine, String reason, List<ContainerFacts> containers, List<DriftFinding> drift,
    List<String> driftCompared) {

  public static final String CONNECTED = "connected";
  public static final String UNAVAILABLE = "unavailable";
  public static final String DISABLED = "disabled";

  public RuntimeFacts {
    containers = containers == null ? List.of() : List.copyOf(containers);
    drift = drift == null ? List.of() : List.copyOf(drift);
    driftCompared = driftCompared == null ? List.of() : List.copyOf(driftCompared);
  }

  public static RuntimeFacts disabled() {
    return new RuntimeFacts(DISABLED, null, "runtime scanning is off (--docker off)", List.of(), List.of(), List.of());
  }

  public static RuntimeFacts unavailable(String reason) {
    return new RuntimeFacts(UNAVAILABLE, null, reason, List.of(), List.of(), List.of());
  }

  public static RuntimeFacts connected(EngineInfo engine, List<ContainerFacts> containers, List<DriftFinding> drift,
      List<String> driftCompared) {
    return new RuntimeFacts(CONNECTED, engine, null, containers, drift, driftCompared);
  }
}
