package dev.readiness.policy.rego.ast;

import java.util.Map;

/** A parsed {@code # METADATA} block: its scope and the YAML mapping as plain Java objects. */
public record Annotation(String scope, Map<String, Object> raw, Location loc) {
  public Annotation {
    raw = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(raw));
  }
}
