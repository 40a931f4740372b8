package dev.readiness.scan.compose;

/**
 * A service {@code volumes:} entry.
 *
 * @param type volume, bind, tmpfs (or npipe/cluster)
 * @param source named volume or host path (repo-relative when inside the repo), null for anonymous volumes
 * @param target path inside the container
 * @param readOnly whether it is mounted read-only
 * @param file where it is written
 * @param line its line
 */
public record VolumeMount(String type, String source, String target, boolean readOnly, String file, int line) {}
