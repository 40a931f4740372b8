package dev.readiness.discover;

import java.nio.file.Path;
import java.util.List;

/**
 * What discovery found.
 *
 * @param root the real path of the scanned root
 * @param files every file, in path order, with its final kinds
 * @param git what git said (or {@link GitState#none()})
 * @param contents the shared read-once cache of file texts
 */
public record DiscoveryResult(Path root, List<SourceFile> files, GitState git, FileContents contents) {}
