package dev.readiness.scan.compose;

/**
 * A {@code depends_on:} entry.
 *
 * @param service the service depended on
 * @param condition service_started, service_healthy or service_completed_successfully
 * @param file where it is written
 * @param line its line
 */
public record Dependency(String service, String condition, String file, int line) {}
