package dev.readiness.scan;

import dev.readiness.model.FileKind;
import dev.readiness.discover.SourceFile;
import dev.readiness.model.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Test-only ScanContext over a directory: files get kinds from a small name-based guess (standing in
 * for discovery), content is read as UTF-8, diagnostics are collected for assertions.
 */
public final class TestScanContext implements ScanContext {
  private final Path root;
  private final List<SourceFile> files;
  public final List<Diagnostic> diagnostics = new ArrayList<>();

  private TestScanContext(Path root, List<SourceFile> files) {
    this.root = root;
    this.files = files;
  }

  /** Writes {@code files} (path → content) under {@code root} and returns a context over it. */
  public static TestScanContext of(Path root, Map<String, String> files) {
    try {
      for (Map.Entry<String, String> e : files.entrySet()) {
        Path p = root.resolve(e.getKey());
        Files.createDirectories(p.getParent());
        Files.writeString(p, e.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return over(root);
  }

  /** A context over an existing directory. */
  public static TestScanContext over(Path root) {
    List<SourceFile> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      walk.filter(Files::isRegularFile).sorted().forEach(p -> {
        String rel = root.relativize(p).toString().replace('\\', '/');
        if (rel.startsWith(".git/")) return;
        try {
          out.add(new SourceFile(rel, p.toAbsolutePath(), guess(rel), Files.size(p), true, false));
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new TestScanContext(root.toAbsolutePath(), List.copyOf(out));
  }

  static Set<FileKind> guess(String rel) {
    String name = rel.substring(rel.lastIndexOf('/') + 1);
    String lower = name.toLowerCase(Locale.ROOT);
    Set<FileKind> k = EnumSet.noneOf(FileKind.class);
    if (lower.equals("dockerfile") || lower.startsWith("dockerfile.") || lower.endsWith(".dockerfile") || lower.equals("containerfile")) k.add(FileKind.DOCKERFILE);
    if (lower.matches("(docker-)?compose.*\\.ya?ml")) k.add(FileKind.COMPOSE);
    if (lower.equals(".env") || lower.startsWith(".env.") || lower.endsWith(".env")) k.add(FileKind.ENV);
    if (rel.startsWith(".github/workflows/") || lower.equals(".gitlab-ci.yml") || lower.equals("jenkinsfile")
        || rel.equals(".circleci/config.yml") || lower.equals("azure-pipelines.yml") || lower.equals("bitbucket-pipelines.yml")) k.add(FileKind.WORKFLOW);
    if (lower.endsWith(".md")) k.add(FileKind.DOC);
    if (lower.endsWith(".sh")) k.add(FileKind.SCRIPT);
    if (lower.equals("makefile")) k.add(FileKind.MAKEFILE);
    if (lower.equals(".gitignore")) k.add(FileKind.GITIGNORE);
    if (lower.equals(".dockerignore")) k.add(FileKind.DOCKERIGNORE);
    if (k.isEmpty()) k.add(FileKind.OTHER);
    return k;
  }

  @Override public Path root() { return root; }
  @Override public List<SourceFile> files() { return files; }

  @Override
  public List<SourceFile> files(FileKind kind) {
    return files.stream().filter(f -> f.is(kind)).toList();
  }

  @Override
  public Optional<SourceFile> file(String path) {
    return files.stream().filter(f -> f.path().equals(path)).findFirst();
  }

  @Override
  public Optional<String> read(SourceFile file) {
    try {
      return Optional.of(Files.readString(file.absolute(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      diagnostics.add(Diagnostic.error("test", file.path(), null, "unreadable: " + e.getMessage()));
      return Optional.empty();
    }
  }

  @Override
  public void diagnose(Diagnostic diagnostic) {
    diagnostics.add(diagnostic);
  }
}
