package dev.readiness.model;

/**
 * The scanned repository.
 *
 * @param path absolute path of the scanned root
 * @param name directory name (or the compose project name)
 * @param gitCommit HEAD commit, or null outside git
 * @param git whether the root is inside a git work tree
 */
public record Target(String path, String name, String gitCommit, boolean git) {}
