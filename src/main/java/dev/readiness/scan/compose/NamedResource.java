package dev.readiness.scan.compose;

/**
 * A top-level network or volume.
 *
 * @param name its key
 * @param external whether it is created outside compose
 * @param driver the driver, or null
 * @param file where it is declared
 * @param line its line
 */
public record NamedResource(String name, boolean external, String driver, String file, int line) {}
