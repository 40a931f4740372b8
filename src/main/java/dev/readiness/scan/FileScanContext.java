package dev.readiness.scan;

import dev.readiness.discover.FileContents;
import dev.readiness.model.FileKind;
import dev.readiness.discover.SourceFile;
import dev.readiness.model.Diagnostic;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Consumer;

/** The {@link ScanContext} over one discovery result: files indexed by path and kind, texts read once. */
public final class FileScanContext implements ScanContext {
  private final Path root;
  private final List<SourceFile> files;
  private final Map<String, SourceFile> byPath = new LinkedHashMap<>();
  private final Map<FileKind, List<SourceFile>> byKind = new EnumMap<>(FileKind.class);
  private final FileContents contents;
  private final Consumer<Diagnostic> diagnostics;
  /** Parsed files by (path, type of the parse). */
  private final Map<List<Object>, Optional<?>> parsed = new ConcurrentHashMap<>();

  public FileScanContext(Path root, List<SourceFile> files, FileContents contents, Consumer<Diagnostic> diagnostics) {
    this.root = root;
    List<SourceFile> sorted = new ArrayList<>(files);
    sorted.sort((a, b) -> a.path().compareTo(b.path()));
    this.files = List.copyOf(sorted);
    this.contents = contents;
    this.diagnostics = diagnostics;
    for (SourceFile f : this.files) {
      byPath.put(f.path(), f);
      for (FileKind k : f.kinds()) byKind.computeIfAbsent(k, x -> new ArrayList<>()).add(f);
    }
  }

  @Override
  public Path root() { return root; }

  @Override
  public List<SourceFile> files() { return files; }

  @Override
  public List<SourceFile> files(FileKind kind) {
    return Collections.unmodifiableList(byKind.getOrDefault(kind, List.of()));
  }

  @Override
  public Optional<SourceFile> file(String path) { return Optional.ofNullable(byPath.get(path)); }

  @Override
  public Optional<String> read(SourceFile file) { return contents.read(file); }

  @Override
  @SuppressWarnings("unchecked")
  public <T> Optional<T> parsed(SourceFile file, Class<T> type, Function<String, T> parser) {
    return (Optional<T>) parsed.computeIfAbsent(List.of(file.path(), type), k -> read(file).map(parser));
  }

  @Override
  public void diagnose(Diagnostic diagnostic) { diagnostics.accept(diagnostic); }
}
