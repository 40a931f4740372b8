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
 */
public record DeployInfo(Integer replicas, String mode, String restartPolicy, Resources limits, Resources reservations,
    String file, int line) {

  /**
   * Memory and CPU amounts.
   *
   * @param memory e.g. 512m, or null
   * @param cpus e.g. 0.5, or null
   */
  public record Resources(String memory, String cpus) {}
}
