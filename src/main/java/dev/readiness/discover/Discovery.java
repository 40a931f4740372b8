package dev.readiness.discover;

import dev.readiness.model.Diagnostic;
import dev.readiness.model.FileKind;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Walks the scanned root once and classifies every file by name and content. Git-aware: git (when
 * present) says what is tracked and ignored, otherwise .gitignore files are parsed here. Ignored
 * directories, dependency/build directories and --exclude matches are not entered. Symlinks never
 * lead out of the root; special files and oversized files are skipped with a diagnostic.
 */
public final class Discovery {
  private static final int MAX_DEPTH = 64;
  private static final int MAX_FILES = 200_000;

  private final DiscoveryOptions options;
  private final Consumer<Diagnostic> diagnostics;
  private final GitProbe git;
  private final NameClassifier names = new NameClassifier();
  private final ContentClassifier content = new ContentClassifier();

  public Discovery(DiscoveryOptions options, Consumer<Diagnostic> diagnostics, GitProbe git) {
    this.options = options;
    this.diagnostics = diagnostics;
    this.git = git;
  }

  public Discovery(DiscoveryOptions options, Consumer<Diagnostic> diagnostics) {
    this(options, diagnostics, new GitProbe());
  }

  /** Walks and classifies. The root must be an existing directory. */
  public DiscoveryResult discover() throws IOException {
    Path root = options.root().toRealPath();
    if (!Files.isDirectory(root)) throw new IOException("not a directory: " + options.root());
    GitProbe.Result probe = git.probe(root);
    GitState state = probe.state();
    List<Glob> excludes = new ArrayList<>();
    for (String s : options.excludes()) {
      if (s.isBlank()) continue;
      try {
        excludes.add(Glob.checked(s));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("exclude: " + e.getMessage(), e);
      }
    }
    Walk walk = new Walk(root, state, excludes);
    walk.directory(root, "", 0, List.of());
    FileContents contents = new FileContents(options.sizeCap(), diagnostics);
    List<SourceFile> files = classify(walk.found, contents);
    return new DiscoveryResult(root, files, state, contents);
  }

  private List<SourceFile> classify(List<SourceFile> found, FileContents contents) {
    Map<String, Set<FileKind>> kinds = new LinkedHashMap<>();
    Map<String, SourceFile> byPath = new HashMap<>();
    for (SourceFile f : found) {
      kinds.put(f.path(), EnumSet.copyOf(withNone(names.classify(f.path()))));
      byPath.put(f.path(), f);
    }
    for (SourceFile f : found) {
      kinds.get(f.path()).addAll(content.classify(view(f, kinds), contents::read));
    }
    // References: -f chains and COMPOSE_FILE first, then what compose files point at, until nothing new.
    for (ComposeInvocation inv : ComposeInvocations.find(views(found, kinds), contents::read, kinds::containsKey)) {
      for (String p : inv.files()) {
        kinds.get(p).add(FileKind.COMPOSE);
        if (inv.stack()) kinds.get(p).add(FileKind.DEPLOY_TARGET);
      }
    }
    Set<String> expanded = new java.util.HashSet<>();
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Map.Entry<String, Set<FileKind>> e : kinds.entrySet()) {
        if (!e.getValue().contains(FileKind.COMPOSE) || !expanded.add(e.getKey())) continue;
        Optional<String> text = contents.read(byPath.get(e.getKey()));
        if (text.isEmpty()) continue;
        ComposeReferences.Refs refs = ComposeReferences.of(e.getKey(), text.get());
        refs.dockerfiles().forEach(p -> mark(kinds, p, FileKind.DOCKERFILE));
        refs.envFiles().forEach(p -> mark(kinds, p, FileKind.ENV));
        for (String p : refs.composeFiles()) {
          if (kinds.containsKey(p) && kinds.get(p).add(FileKind.COMPOSE)) changed = true;
        }
      }
    }
    List<SourceFile> out = new ArrayList<>();
    for (SourceFile f : found) {
      Set<FileKind> k = kinds.get(f.path());
      if (k.isEmpty()) k.add(FileKind.OTHER);
      out.add(new SourceFile(f.path(), f.absolute(), Collections.unmodifiableSet(EnumSet.copyOf(k)), f.size(), f.tracked(), f.ignored()));
    }
    return out;
  }

  private static Set<FileKind> withNone(Set<FileKind> k) {
    return k.isEmpty() ? EnumSet.noneOf(FileKind.class) : k;
  }

  private static void mark(Map<String, Set<FileKind>> kinds, String path, FileKind kind) {
    Set<FileKind> k = kinds.get(path);
    if (k != null) k.add(kind);
  }

  private static SourceFile view(SourceFile f, Map<String, Set<FileKind>> kinds) {
    return new SourceFile(f.path(), f.absolute(), kinds.get(f.path()), f.size(), f.tracked(), f.ignored());
  }

  private static List<SourceFile> views(List<SourceFile> found, Map<String, Set<FileKind>> kinds) {
    return found.stream().map(f -> view(f, kinds)).toList();
  }

  /** One walk's mutable state, confined to {@link #discover()}. */
  private final class Walk {
    private final Path root;
    private final GitState git;
    private final List<Glob> excludes;
    private final List<SourceFile> found = new ArrayList<>();
    private boolean capped;

    Walk(Path root, GitState git, List<Glob> excludes) {
      this.root = root;
      this.git = git;
      this.excludes = excludes;
    }

    void directory(Path dir, String rel, int depth, List<IgnoreRules> ignores) {
      if (depth > MAX_DEPTH) {
        diagnostics.accept(Diagnostic.warning("discover", rel, null, "skipped: directory nesting deeper than " + MAX_DEPTH));
        return;
      }
      List<Path> children = new ArrayList<>();
      try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
        for (Path p : ds) children.add(p);
      } catch (AccessDeniedException e) {
        diagnostics.accept(Diagnostic.warning("discover", rel.isEmpty() ? "." : rel, null, "unreadable directory: permission denied"));
        return;
      } catch (IOException e) {
        diagnostics.accept(Diagnostic.warning("discover", rel.isEmpty() ? "." : rel, null, "unreadable directory: " + e.getClass().getSimpleName()));
        return;
      }
      children.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
      List<IgnoreRules> rules = ignores;
      if (!git.available()) rules = withGitignore(dir, rel, ignores);
      for (Path child : children) {
        if (found.size() >= MAX_FILES) {
          if (!capped) diagnostics.accept(Diagnostic.warning("discover", null, null, "stopped after " + MAX_FILES + " files"));
          capped = true;
          return;
        }
        String name = child.getFileName().toString();
        String path = rel.isEmpty() ? name : rel + "/" + name;
        BasicFileAttributes attrs;
        try {
          attrs = Files.readAttributes(child, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
          diagnostics.accept(Diagnostic.warning("discover", path, null, "unreadable: " + e.getClass().getSimpleName()));
          continue;
        }
        if (attrs.isDirectory()) {
          if (SkippedDirectories.skip(dir, child, name) || excludedDir(path) || ignored(path, true, rules)) continue;
          directory(child, path, depth + 1, rules);
        } else if (attrs.isSymbolicLink()) {
          link(child, path, rules);
        } else if (attrs.isRegularFile()) {
          file(child, path, attrs.size(), rules);
        } else {
          diagnostics.accept(Diagnostic.info("discover", path, null, "skipped: not a regular file (FIFO, socket or device)"));
        }
      }
    }

    private void link(Path link, String path, List<IgnoreRules> rules) {
      Path target;
      try {
        target = link.toRealPath();
      } catch (NoSuchFileException e) {
        diagnostics.accept(Diagnostic.warning("discover", path, null, "skipped: broken symbolic link"));
        return;
      } catch (FileSystemException e) {
        String reason = e.getReason() != null && e.getReason().toLowerCase().contains("too many levels")
            ? "symbolic link loop" : "unresolvable symbolic link";
        diagnostics.accept(Diagnostic.warning("discover", path, null, "skipped: " + reason));
        return;
      } catch (IOException e) {
        diagnostics.accept(Diagnostic.warning("discover", path, null, "skipped: unresolvable symbolic link"));
        return;
      }
      if (!target.startsWith(root)) {
        diagnostics.accept(Diagnostic.warning("discover", path, null, "skipped: symbolic link points outside the scanned root"));
        return;
      }
      BasicFileAttributes attrs;
      try {
        attrs = Files.readAttributes(target, BasicFileAttributes.class);
      } catch (IOException e) {
        diagnostics.accept(Diagnostic.warning("discover", path, null, "skipped: unresolvable symbolic link"));
        return;
      }
      if (attrs.isDirectory()) {
        // Its target is inside the root and is walked at its real path; following would duplicate or loop.
        diagnostics.accept(Diagnostic.info("discover", path, null, "not followed: symbolic link to a directory inside the root"));
      } else if (attrs.isRegularFile()) {
        file(target, path, attrs.size(), rules);
      } else {
        diagnostics.accept(Diagnostic.info("discover", path, null, "skipped: not a regular file (FIFO, socket or device)"));
      }
    }

    private void file(Path absolute, String path, long size, List<IgnoreRules> rules) {
      if (excludedFile(path)) return;
      if (size > options.sizeCap()) {
        diagnostics.accept(Diagnostic.warning("discover", path, null,
            "skipped: " + size + " bytes is over the size cap of " + options.sizeCap() + " bytes"));
        return;
      }
      boolean tracked = git.tracked().contains(path);
      boolean ignored = git.available() ? git.ignored(path) : ignored(path, false, rules);
      found.add(new SourceFile(path, absolute, Set.of(), size, tracked, ignored));
    }

    private boolean excludedDir(String path) {
      for (Glob g : excludes) {
        if (g.matchesDirectoryTree(path)) return true;
      }
      return false;
    }

    private boolean excludedFile(String path) {
      for (Glob g : excludes) {
        if (g.matches(path, false)) return true;
      }
      return false;
    }

    private boolean ignored(String path, boolean directory, List<IgnoreRules> rules) {
      if (git.available()) return directory && git.ignoredDirs().contains(path) && !git.tracked().stream().anyMatch(t -> t.startsWith(path + "/"));
      Boolean verdict = null;
      // Deeper .gitignore files come later in the list and override shallower ones.
      for (IgnoreRules r : rules) {
        Boolean v = r.verdict(path, directory);
        if (v != null) verdict = v;
      }
      return Boolean.TRUE.equals(verdict);
    }

    private List<IgnoreRules> withGitignore(Path dir, String rel, List<IgnoreRules> ignores) {
      Path gi = dir.resolve(".gitignore");
      if (!Files.isRegularFile(gi, LinkOption.NOFOLLOW_LINKS)) return ignores;
      try {
        if (Files.size(gi) > options.sizeCap()) return ignores;
        Optional<String> text = FileContents.decode(Files.readAllBytes(gi));
        if (text.isEmpty()) return ignores;
        List<IgnoreRules> out = new ArrayList<>(ignores);
        out.add(IgnoreRules.parse(rel, text.get()));
        return out;
      } catch (IOException e) {
        return ignores;
      }
    }
  }
}
