package dev.readiness.scan.runtime;

/**
 * One difference between a running container and its compose declaration.
 *
 * @param container container name
 * @param service compose service name
 * @param field image, user, healthcheck, restart, ports, memory or privileged
 * @param declared the declared value as text (null when not declared)
 * @param actual the running value as text
 * @param file compose file declaring the service
 * @param line line of the declaring key (or of the service when the key is absent)
 */
public record DriftFinding(
    String container, String service, String field, String declared, String actual, String file, Integer line) {}
