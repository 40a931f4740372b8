package dev.readiness.scan.compose;

/**
 * A {@code ports:} entry.
 *
 * @param published host port (or range), or null when only the container port is given
 * @param target container port (or range)
 * @param hostIp host address it binds to, or null (all interfaces)
 * @param protocol tcp or udp
 * @param file where it is written
 * @param line its line
 */
public record PortMapping(String published, String target, String hostIp, String protocol, String file, int line) {}
