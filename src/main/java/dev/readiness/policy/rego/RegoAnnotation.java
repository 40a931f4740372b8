package dev.readiness.policy.rego;

import java.util.Map;

/**
 * A {@code # METADATA} annotation of a loaded module.
 *
 * @param scope rule, document, package or subpackages
 * @param path the annotated package ({@code readiness.checks.security.container_non_root}) or rule
 *     ({@code readiness.checks.x.deny}) without the {@code data.} prefix
 * @param custom the {@code custom:} mapping (empty when absent)
 * @param raw the whole YAML mapping
 * @param location file:line of the {@code # METADATA} line
 */
public record RegoAnnotation(String scope, String path, String title, String description, Map<String, Object> custom,
                             Map<String, Object> raw, String location) {}
