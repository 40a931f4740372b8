package dev.readiness.scan.compose;

/**
 * A top-level secret.
 *
 * @param name its key
 * @param file its {@code file:} source (repo-relative when inside the repo), or null
 * @param fileExists whether that file exists
 * @param environment its {@code environment:} source variable, or null
 * @param external whether it is managed outside compose
 * @param declaredIn the compose file declaring it
 * @param line its line
 */
public record SecretDecl(String name, String file, boolean fileExists, String environment, boolean external,
    String declaredIn, int line) {}
