package dev.readiness.assess;

import dev.readiness.discover.GitProbe;
import dev.readiness.usage.UsageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Another revision of the scanned repository, checked out in a temporary git worktree for {@code --diff-base}.
 * The user's work tree, index and branches are untouched; the worktree and its metadata are removed on close.
 */
public final class BaseRevision implements AutoCloseable {
  private final Path gitRoot;
  private final Path worktree;
  private final Path root;
  private final String commit;

  private BaseRevision(Path gitRoot, Path worktree, Path root, String commit) {
    this.gitRoot = gitRoot;
    this.worktree = worktree;
    this.root = root;
    this.commit = commit;
  }

  /** Checks out {@code ref} of the git work tree holding {@code scanned}; the same subdirectory is scanned there. */
  public static BaseRevision checkout(Path scanned, String ref) {
    if (ref == null || ref.isBlank() || ref.startsWith("-")) {
      throw new UsageException("--diff-base needs a git revision (a branch, tag or commit), got '" + ref + "'");
    }
    String top = git(scanned, "rev-parse", "--show-toplevel");
    if (top == null) {
      throw new UsageException("--diff-base needs a git work tree: " + scanned + " is not inside one");
    }
    Path gitRoot = Path.of(top.strip());
    String commit = git(scanned, "rev-parse", "--verify", "--quiet", ref + "^{commit}");
    if (commit == null) {
      throw new UsageException("--diff-base: unknown revision '" + ref + "' (fetch it first, e.g. git fetch origin "
          + ref + ")");
    }
    String prefix = git(scanned, "rev-parse", "--show-prefix");
    Path worktree;
    try {
      worktree = Files.createTempDirectory("readiness-base-");
      Files.delete(worktree);
    } catch (IOException e) {
      throw new UsageException("cannot create a temporary directory for the base revision: " + e.getMessage(), e);
    }
    if (git(gitRoot, "worktree", "add", "--detach", "--quiet", worktree.toString(), commit.strip()) == null) {
      throw new UsageException("--diff-base: git could not check out " + ref + " in a temporary worktree");
    }
    Path root = prefix == null || prefix.isBlank() ? worktree : worktree.resolve(prefix.strip());
    return new BaseRevision(gitRoot, worktree, root, commit.strip());
  }

  /** The directory to scan in the base revision (the same subdirectory as the scanned one). */
  public Path root() {
    return root;
  }

  public String commit() {
    return commit;
  }

  @Override
  public void close() {
    git(gitRoot, "worktree", "remove", "--force", worktree.toString());
    if (Files.exists(worktree)) {
      try (Stream<Path> s = Files.walk(worktree)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      } catch (IOException ignored) {
        // a leftover temporary directory is harmless
      }
      git(gitRoot, "worktree", "prune");
    }
  }

  /** Runs git; its standard output, or null when it fails. */
  private static String git(Path dir, String... args) {
    return new GitProbe().run(dir, args);
  }
}
