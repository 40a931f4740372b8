package dev.readiness.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Finds Rego modules: the built-in ones on the classpath and users' policy directories. */
public final class PolicySources {
  /** Classpath folder of the built-in policies (packaged from the top-level policies/ directory). */
  public static final String BUILTIN_ROOT = "policies";
  private static final long MAX_POLICY_BYTES = 1024 * 1024;

  private PolicySources() {}

  /**
   * The built-in modules (checks and lib helpers, tests excluded), sorted by path: those of the library
   * compiled at build time ({@link BuiltinLibrary}) when there is one, else read from the classpath.
   */
  public static List<PolicyModule> builtin() {
    return BuiltinLibrary.stored().map(BuiltinLibrary::modules).orElseGet(PolicySources::builtinSources);
  }

  /** The built-in modules read from the classpath's policy sources (what the stored library is built from). */
  static List<PolicyModule> builtinSources() {
    return builtin(false);
  }

  /** The built-in modules; with {@code withTests} the {@code *_test.rego} files too (for the Rego test run). */
  public static List<PolicyModule> builtin(boolean withTests) {
    URL url = PolicySources.class.getClassLoader().getResource(BUILTIN_ROOT);
    if (url == null) throw new IllegalStateException("built-in policies not found on the classpath (" + BUILTIN_ROOT + "/)");
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        return read(fs.getPath(BUILTIN_ROOT), BUILTIN_ROOT, withTests);
      }
      return read(Path.of(uri), BUILTIN_ROOT, withTests);
    } catch (URISyntaxException | IOException e) {
      throw new IllegalStateException("cannot read built-in policies: " + e.getMessage(), e);
    }
  }

  /**
   * The {@code .rego} modules under a user directory (recursively), tests excluded, named by their
   * path as given on the command line so messages point at the user's file.
   *
   * @throws InvalidPolicyException when the directory does not exist or a file cannot be read
   */
  public static List<PolicyModule> directory(Path dir) {
    if (Files.isRegularFile(dir) && dir.toString().endsWith(".rego")) {
      try {
        return List.of(new PolicyModule(dir.toString(), Files.readString(dir, StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new InvalidPolicyException(dir + ": cannot read policy: " + e.getMessage(), e);
      }
    }
    if (!Files.isDirectory(dir)) throw new InvalidPolicyException(dir + ": policy directory not found");
    try {
      return read(dir, dir.toString(), false);
    } catch (IOException | UncheckedIOException e) {
      throw new InvalidPolicyException(dir + ": cannot read policies: " + e.getMessage(), e);
    }
  }

  private static List<PolicyModule> read(Path root, String displayRoot, boolean withTests) throws IOException {
    List<PolicyModule> out = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(root)) {
      List<Path> files = walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".rego"))
          .filter(p -> withTests || !p.getFileName().toString().endsWith("_test.rego"))
          .sorted()
          .toList();
      for (Path p : files) {
        if (Files.size(p) > MAX_POLICY_BYTES) {
          throw new InvalidPolicyException(p + ": policy file larger than " + MAX_POLICY_BYTES + " bytes");
        }
        String rel = root.relativize(p).toString().replace('\\', '/');
        String name = displayRoot.endsWith("/") ? displayRoot + rel : displayRoot + "/" + rel;
        out.add(new PolicyModule(name, Files.readString(p, StandardCharsets.UTF_8)));
      }
    }
    return out;
  }
}
