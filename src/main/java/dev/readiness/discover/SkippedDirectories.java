package dev.readiness.discover;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

/**
 * Directories discovery never enters: VCS metadata, dependency trees, caches and build output. Some
 * names are only skipped when a sibling build file shows they are generated (a {@code target} next
 * to a pom.xml, a {@code build} next to build.gradle, a {@code dist} next to package.json, {@code bin}/{@code obj} next to a .csproj).
 */
final class SkippedDirectories {
  private static final Set<String> ALWAYS = Set.of(
      ".git", ".hg", ".svn", "node_modules", "bower_components", "jspm_packages", "__pycache__", ".venv", ".tox", ".nox",
      ".mypy_cache", ".pytest_cache", ".ruff_cache", ".gradle", ".idea", ".next", ".nuxt", ".svelte-kit", ".terraform",
      ".terragrunt-cache", ".parcel-cache", ".turbo", ".cache", ".yarn", ".pnpm-store", ".m2", ".angular",
      "readiness-report");
  private static final Map<String, Set<String>> WHEN_SIBLING = Map.of(
      "target", Set.of("pom.xml", "Cargo.toml", "build.sbt", "project.clj"),
      "build", Set.of("build.gradle", "build.gradle.kts", "settings.gradle", "settings.gradle.kts", "package.json"),
      "out", Set.of("build.gradle", "build.gradle.kts", "package.json", "tsconfig.json"),
      "dist", Set.of("package.json", "setup.py", "pyproject.toml"),
      "vendor", Set.of("go.mod", "composer.json", "Gemfile"),
      "coverage", Set.of("package.json"));

  private SkippedDirectories() {}

  /** Whether to skip the directory {@code dir} (its name) inside {@code parent}. */
  static boolean skip(Path parent, Path dir, String name) {
    if (ALWAYS.contains(name)) return true;
    if (Files.isRegularFile(dir.resolve("pyvenv.cfg"))) return true;
    // .NET build output; a bin/ elsewhere usually holds scripts.
    if (name.equals("obj") || name.equals("bin")) return hasCsproj(parent);
    Set<String> siblings = WHEN_SIBLING.get(name);
    if (siblings == null) return false;
    for (String s : siblings) {
      if (Files.exists(parent.resolve(s))) return true;
    }
    return false;
  }

  private static boolean hasCsproj(Path parent) {
    try (var s = Files.newDirectoryStream(parent, "*.{csproj,fsproj,vbproj}")) {
      return s.iterator().hasNext();
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
