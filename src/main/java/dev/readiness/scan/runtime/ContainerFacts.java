package dev.readiness.scan.runtime;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Facts about one running container, read from the engine's inspect output (see docs/input-document.md).
 * Empty strings mean "engine default" exactly as the engine reports them; limits of 0 mean unlimited.
 */
public record ContainerFacts(
    String id,
    String name,
    String image,
    String imageId,
    String composeProject,
    String composeService,
    String user,
    boolean privileged,
    List<String> capAdd,
    List<String> capDrop,
    List<MountFacts> mounts,
    String networkMode,
    String pidMode,
    String ipcMode,
    String usernsMode,
    List<String> securityOpt,
    boolean readOnlyRootfs,
    String restartPolicy,
    long memoryLimit,
    long nanoCpus,
    Long pidsLimit,
    String logDriver,
    Map<String, String> logOptions,
    boolean healthcheck,
    String health,
    String healthLastOutput,
    List<PortFacts> ports,
    String state,
    String startedAt,
    int restartCount) {

  public ContainerFacts {
    capAdd = List.copyOf(capAdd);
    capDrop = List.copyOf(capDrop);
    mounts = List.copyOf(mounts);
    securityOpt = List.copyOf(securityOpt);
    logOptions = Collections.unmodifiableMap(new TreeMap<>(logOptions));
    ports = List.copyOf(ports);
  }
}
