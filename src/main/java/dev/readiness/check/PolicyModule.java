package dev.readiness.check;

/**
 * One Rego source file as loaded by the runner.
 *
 * @param name where it came from, used in messages (repo-relative or classpath path, e.g. {@code policies/security/non_root.rego})
 * @param source the Rego text
 */
public record PolicyModule(String name, String source) {}
