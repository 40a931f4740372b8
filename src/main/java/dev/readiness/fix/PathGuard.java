package dev.readiness.fix;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Keeps every write inside the scanned root: the target's deepest existing ancestor is resolved
 * through symlinks and must lie inside the root's real path, and a symlink at the target itself is
 * refused (writing through it would land wherever it points).
 */
public final class PathGuard {
  private final Path root;

  /** @param root the scanned root; resolved to its real path */
  public PathGuard(Path root) throws IOException {
    this.root = root.toRealPath();
  }

  public Path root() { return root; }

  /**
   * The absolute path for a repo-relative path, after checking it stays inside the root.
   *
   * @throws FixException when the path is absolute, climbs out with {@code ..}, or resolves through a
   *     symlink to a place outside the root
   */
  public Path resolve(String relative) throws FixException {
    if (relative.isEmpty() || relative.startsWith("/") || relative.contains("\\") || Path.of(relative).isAbsolute()) {
      throw new FixException("refusing " + relative + ": not a relative path inside the repository");
    }
    Path target = root.resolve(relative).normalize();
    if (!target.startsWith(root) || target.equals(root)) {
      throw new FixException("refusing " + relative + ": it points outside the repository");
    }
    if (Files.isSymbolicLink(target)) {
      throw new FixException("refusing " + relative + ": it is a symbolic link; readiness fix only writes regular files");
    }
    Path existing = target.getParent();
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    if (existing == null) throw new FixException("refusing " + relative + ": no existing parent directory");
    try {
      Path real = existing.toRealPath();
      if (!real.startsWith(root)) {
        throw new FixException("refusing " + relative + ": " + root.relativize(existing) + " resolves outside the repository (symlink)");
      }
      if (!Files.isDirectory(real)) {
        throw new FixException("refusing " + relative + ": " + root.relativize(existing) + " is not a directory");
      }
      return real.resolve(existing.relativize(target));
    } catch (IOException e) {
      throw new FixException("refusing " + relative + ": cannot resolve its directory: " + e.getMessage(), e);
    }
  }
}
