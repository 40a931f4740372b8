package dev.readiness.scan.env;

import dev.readiness.scan.ValueKind;

/**
 * One key of an env file.
 *
 * @param key the variable name
 * @param line 1-based line of the assignment
 * @param kind what the value is (never the value)
 * @param secretLike whether the name says it holds a secret
 */
public record EnvKey(String key, int line, ValueKind kind, boolean secretLike) {}
