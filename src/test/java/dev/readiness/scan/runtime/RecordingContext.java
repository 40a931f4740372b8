package dev.readiness.scan.runtime;

import dev.readiness.model.FileKind;
import dev.readiness.discover.SourceFile;
import dev.readiness.model.Diagnostic;
import dev.readiness.scan.ScanContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A scan context without files that keeps the diagnostics it receives (the runtime scanner reads no files). */
final class RecordingContext implements ScanContext {
  final List<Diagnostic> diagnostics = new ArrayList<>();

  @Override public Path root() { return Path.of("."); }
  @Override public List<SourceFile> files() { return List.of(); }
  @Override public List<SourceFile> files(FileKind kind) { return List.of(); }
  @Override public Optional<SourceFile> file(String path) { return Optional.empty(); }
  @Override public Optional<String> read(SourceFile file) { return Optional.empty(); }
  @Override public void diagnose(Diagnostic diagnostic) { diagnostics.add(diagnostic); }
}
