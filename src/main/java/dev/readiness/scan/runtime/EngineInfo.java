package dev.readiness.scan.runtime;

/**
 * The engine that answered.
 *
 * @param version engine version (Docker's or podman's own version)
 * @param apiVersion Docker Engine API version it serves
 * @param os operating system of the engine host
 * @param kind docker or podman
 * @param host the engine address used (unix socket path or tcp URI, never credentials)
 */
public record EngineInfo(String version, String apiVersion, String os, String kind, String host) {}
