package dev.readiness.scan.compose;

import java.util.Map;

/**
 * A service {@code logging:} section.
 *
 * @param driver the log driver, or null (the daemon default)
 * @param options driver options (values of secret-like options are redacted)
 * @param file where it is written
 * @param line its line
 */
public record LoggingInfo(String driver, Map<String, String> options, String file, int line) {}
