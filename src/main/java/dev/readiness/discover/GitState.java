package dev.readiness.discover;

import java.util.Set;

/**
 * What git says about the scanned root.
 *
 * @param available whether the root is inside a git work tree and git answered
 * @param commit HEAD commit, or null (no git, or no commit yet)
 * @param tracked repo-relative paths git tracks
 * @param ignoredFiles repo-relative ignored files
 * @param ignoredDirs repo-relative ignored directories (everything below them is ignored)
 */
public record GitState(boolean available, String commit, Set<String> tracked, Set<String> ignoredFiles, Set<String> ignoredDirs) {
  /** No git information. */
  public static GitState none() { return new GitState(false, null, Set.of(), Set.of(), Set.of()); }

  /** Whether git ignores a path (itself, or a directory above it). */
  public boolean ignored(String path) {
    if (ignoredFiles.contains(path) || ignoredDirs.contains(path)) return true;
    int slash = path.lastIndexOf('/');
    while (slash > 0) {
      if (ignoredDirs.contains(path.substring(0, slash))) return true;
      slash = path.lastIndexOf('/', slash - 1);
    }
    return false;
  }
}
