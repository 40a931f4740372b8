package dev.readiness.scan.compose;

import java.util.List;

/**
 * The compose files of one project directory.
 *
 * @param name project name (top-level {@code name}, else the directory name, normalized as compose does)
 * @param dir repo-relative project directory
 * @param configs one merged view per file chain
 */
public record ComposeProject(String name, String dir, List<ComposeConfig> configs) {}
