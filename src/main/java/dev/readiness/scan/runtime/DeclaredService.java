package dev.readiness.scan.runtime;

import java.util.List;
import java.util.Map;

/**
 * What the compose declaration says about one service, reduced to the fields drift compares.
 *
 * @param project compose project name
 * @param name service name
 * @param image declared image reference, or null when the service only builds
 * @param user declared user, or null (the image decides)
 * @param healthcheck true when a healthcheck is declared, false when explicitly disabled, null when not declared
 * @param restart restart policy (restart: or deploy.restart_policy.condition mapped to it), or null for the default "no"
 * @param ports published ports
 * @param memory deploy.resources.limits.memory as written, or null
 * @param privileged privileged: true
 * @param file compose file declaring the service
 * @param line line of the service
 * @param fieldLines line of each declared field (image, user, healthcheck, restart, ports, memory, privileged)
 */
public record DeclaredService(
    String project,
    String name,
    String image,
    String user,
    Boolean healthcheck,
    String restart,
    List<DeclaredPort> ports,
    String memory,
    boolean privileged,
    String file,
    Integer line,
    Map<String, Integer> fieldLines) {

  public DeclaredService {
    ports = ports == null ? List.of() : List.copyOf(ports);
    fieldLines = fieldLines == null ? Map.of() : Map.copyOf(fieldLines);
  }

  /** Line of a field's declaration, or the service line. */
  Integer lineOf(String field) {
    return fieldLines.getOrDefault(field, line);
  }

  /**
   * One declared port.
   *
   * @param published host port as written (may be a range), or null when not published
   * @param target container port
   * @param protocol tcp (default), udp or sctp
   */
  public record DeclaredPort(String published, String target, String protocol) {}
}
