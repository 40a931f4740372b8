package dev.readiness.scan.compose;

import dev.readiness.scan.ValueKind;
import java.util.List;

/**
 * A service {@code environment:} entry, value reduced to its kind.
 *
 * @param key the variable
 * @param kind the kind of the value as written ({@code ${X}} is a reference; a bare key passes the shell's value and is a reference too)
 * @param secretLike whether the name says secret
 * @param hosts other services named as hosts in the (interpolated) value
 * @param file where it is written
 * @param line its line
 */
public record EnvVar(String key, ValueKind kind, boolean secretLike, List<String> hosts, String file, int line) {}
