package dev.readiness.scan.compose;

import java.util.List;

/**
 * One compose file as written.
 *
 * @param file repo-relative path
 * @param role base (compose.yaml, docker-compose.yml), override (*.override.*), production (prod-named or run by a deployment), other
 * @param services service names declared in it
 * @param version the obsolete top-level {@code version}, or null
 * @param name the top-level project {@code name}, or null
 * @param includes files named by its {@code include}
 * @param purpose deployment, development, devcontainer or test ({@link ComposePurpose})
 * @param error why the file could not be read ("line 3: invalid YAML: ..."), or null when it parsed; a file
 *     that does not parse is listed with no services and is in no project
 */
public record ComposeFile(String file, String role, List<String> services, String version, String name, List<String> includes,
    String purpose, String error) {}
