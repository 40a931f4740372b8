package dev.readiness.scan;

import dev.readiness.model.FileKind;
import dev.readiness.discover.SourceFile;
import dev.readiness.model.Diagnostic;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a scanner gets: the discovered files, a way to read each one (once, size-capped, decoded
 * as UTF-8 with a diagnostic on failure) and a sink for diagnostics. Scanners are pure functions of it.
 */
public interface ScanContext {

  /** The scanned root (absolute, real path). */
  Path root();

  /** Every discovered file. */
  List<SourceFile> files();

  /** Discovered files of one kind, in path order. */
  List<SourceFile> files(FileKind kind);

  /** The file at a repo-relative path, if discovered. */
  Optional<SourceFile> file(String path);

  /**
   * The file's text. Empty (after recording a diagnostic) when the file is binary, not valid
   * UTF-8, too large or unreadable. Content is read once and cached.
   */
  Optional<String> read(SourceFile file);

  /**
   * The file's text parsed by {@code parser}: once per scan for each {@code type}, so every reader that
   * needs a parsed file (a Dockerfile for its facts and for a compose build's base image) shares one
   * tree. Empty when the file cannot be read. This default parses on every call; the scan's own
   * context keeps the result.
   */
  default <T> Optional<T> parsed(SourceFile file, Class<T> type, Function<String, T> parser) {
    return read(file).map(parser);
  }

  /** Records a diagnostic. */
  void diagnose(Diagnostic diagnostic);
}
