package dev.readiness.fuzz;

import dev.readiness.model.FileKind;
import dev.readiness.discover.NameClassifier;
import dev.readiness.discover.SourceFile;
import dev.readiness.model.Diagnostic;
import dev.readiness.scan.ScanContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A {@link ScanContext} over files held in memory, classified by discovery's own {@link NameClassifier},
 * so a fuzz target runs a scanner exactly as the pipeline does without touching the disk per input.
 * The root does not exist: a scanner that checks for files next to the scanned one finds none.
 */
final class InMemoryRepo implements ScanContext {
  private static final NameClassifier NAMES = new NameClassifier();
  private static final Path ROOT = Path.of("/nonexistent/readiness-fuzz-root");

  private final Map<String, String> texts = new TreeMap<>();
  private final List<SourceFile> files = new ArrayList<>();
  final List<Diagnostic> diagnostics = new ArrayList<>();

  /** A repository holding one file. */
  static InMemoryRepo of(String path, String text) {
    InMemoryRepo repo = new InMemoryRepo();
    repo.texts.put(path, text);
    repo.files.add(new SourceFile(path, ROOT.resolve(path), NAMES.classify(path), text.length(), true, false));
    return repo;
  }

  @Override public Path root() { return ROOT; }

  @Override public List<SourceFile> files() { return List.copyOf(files); }

  @Override
  public List<SourceFile> files(FileKind kind) {
    return files.stream().filter(f -> f.is(kind)).toList();
  }

  @Override
  public Optional<SourceFile> file(String path) {
    return files.stream().filter(f -> f.path().equals(path)).findFirst();
  }

  @Override
  public Optional<String> read(SourceFile file) { return Optional.ofNullable(texts.get(file.path())); }

  @Override
  public void diagnose(Diagnostic diagnostic) { diagnostics.add(diagnostic); }
}
