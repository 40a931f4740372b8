package dev.readiness.discover;

import dev.readiness.model.FileKind;
import java.nio.file.Path;
import java.util.Set;

/**
 * A file found by discovery.
 *
 * @param path repo-relative path with forward slashes
 * @param absolute absolute, real path inside the scanned root
 * @param kinds what the file is
 * @param size size in bytes
 * @param tracked whether git tracks it (false outside a git repository)
 * @param ignored whether .gitignore ignores it
 */
public record SourceFile(String path, Path absolute, Set<FileKind> kinds, long size, boolean tracked, boolean ignored) {
  public boolean is(FileKind kind) { return kinds.contains(kind); }
}
