package dev.readiness.scan.runtime;

/**
 * One mount of a running container.
 *
 * @param type bind, volume, tmpfs, ...
 * @param source host path (bind) or volume name
 * @param destination path inside the container
 * @param readOnly mounted read-only
 * @param dockerSocket the Docker (or podman) API socket is reachable through this mount
 * @param sensitiveHostPath a bind of a host path that gives control over the host (/, /etc, /proc, ...)
 */
public record MountFacts(
    String type, String source, String destination, boolean readOnly, boolean dockerSocket, boolean sensitiveHostPath) {}
