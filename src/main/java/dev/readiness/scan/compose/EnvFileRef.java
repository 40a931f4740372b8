package dev.readiness.scan.compose;

/**
 * A service {@code env_file:} entry.
 *
 * @param path repo-relative path
 * @param exists whether the file exists
 * @param required false for {@code required: false} (compose then tolerates a missing file)
 * @param file where it is written
 * @param line its line
 */
public record EnvFileRef(String path, boolean exists, boolean required, String file, int line) {}
