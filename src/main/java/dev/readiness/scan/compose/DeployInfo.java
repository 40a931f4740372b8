package dev.readiness.scan.compose;

/**
 * A service {@code deploy:} section.
 *
 * @param replicas replicas, or null
 * @param mode replicated or global, or null
 * @param restartPolicy restart_policy.condition, or null
 * @param limits resources.limits
 * @param reservations resources.reservations
 * @param file where it is written
 * @param line its line
 * @param swarmKeys keys only a Swarm deployment (docker stack deploy) acts on: placement, update_config,
 *     rollback_config, endpoint_mode
 */
public record DeployInfo(Integer replicas, String mode, String restartPolicy, Resources limits, Resources reservations,
    String file, int line, java.util.List<String> swarmKeys) {

  /** The keys of a deploy section that only Swarm acts on, in a fixed order. */
  public static final java.util.List<String> SWARM_KEYS = java.util.List.of("placement", "update_config", "rollback_config", "endpoint_mode");

  /**
   * Memory and CPU amounts.
   *
   * @param memory e.g. 512m, or null
   * @param cpus e.g. 0.5, or null
   */
  public record Resources(String memory, String cpus) {}
}
