package dev.readiness.config;

/**
 * A maturity level from {@code levels:} in {@code .readiness.yml}.
 *
 * @param name e.g. gold
 * @param minScore the overall score a repository needs
 * @param noBlockers whether the level also needs a verdict with no blocking check
 * @param line where it is declared
 */
public record ConfiguredLevel(String name, double minScore, boolean noBlockers, int line) {}
