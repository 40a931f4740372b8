package dev.readiness.baseline;

import dev.readiness.discover.DiscoveryOptions;
import dev.readiness.discover.FileContents;
import dev.readiness.discover.RepoPaths;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One line of a repository file, by repo-relative path and 1-based number: what a finding points at.
 * Each file is read once; a path that leaves the root (also through a symlink), a file over the
 * discovery size cap, binary or non-UTF-8 content, or a line out of range gives no line.
 */
public final class SourceLines {
  private final Path root;
  private final Path realRoot;
  private final Map<String, Optional<String[]>> files = new HashMap<>();

  public SourceLines(Path root) {
    this.root = root.toAbsolutePath().normalize();
    this.realRoot = realOrSelf(this.root);
  }

  /** The text of line {@code line} of {@code file} (line terminator removed), or empty. */
  public Optional<String> line(String file, int line) {
    if (file == null || line < 1) return Optional.empty();
    Optional<String[]> lines = files.computeIfAbsent(file, this::load);
    return lines.filter(l -> line <= l.length).map(l -> l[line - 1]);
  }

  private Optional<String[]> load(String file) {
    String rel = RepoPaths.normalize(file);
    if (rel == null || rel.equals(".")) return Optional.empty();
    try {
      Path p = root.resolve(rel);
      if (!Files.isRegularFile(p) || !p.toRealPath().startsWith(realRoot)) return Optional.empty();
      if (Files.size(p) > DiscoveryOptions.DEFAULT_SIZE_CAP) return Optional.empty();
      return FileContents.decode(Files.readAllBytes(p)).map(text -> text.split("\r?\n|\r", -1));
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
  }

  private static Path realOrSelf(Path p) {
    try {
      return p.toRealPath();
    } catch (IOException e) {
      return p;
    }
  }
}
