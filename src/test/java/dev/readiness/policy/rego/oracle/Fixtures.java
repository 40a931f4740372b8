package dev.readiness.policy.rego.oracle;

import dev.readiness.discover.DiscoveryOptions;
import dev.readiness.input.InputDocuments;
import dev.readiness.input.ScanOptions;
import dev.readiness.input.ScanPipeline;
import dev.readiness.scan.runtime.RuntimeOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The built-in check library and the input documents the fixtures produce (what {@code readiness inspect
 * --format json} prints), shared by the tests that compare engines on them.
 */
public final class Fixtures {
  private Fixtures() {}

  /** Repositories whose scans give the input documents: test fixtures, examples, hostile files, and the corpus when present. */
  public static List<Path> repositories() {
    List<Path> out = new ArrayList<>();
    out.addAll(children(Path.of("src/test/resources/repos")));
    out.addAll(children(Path.of("examples")));
    out.add(Path.of("src/test/resources/hostile"));
    Path corpus = Path.of("../shared/corpus");
    if (Files.isDirectory(corpus)) {
      out.addAll(children(corpus));
    } else {
      System.out.println("NOTE: ../shared/corpus is absent; the differential runs on the bundled fixtures only");
    }
    return out;
  }

  private static List<Path> children(Path dir) {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The input document of a repository as JSON (runtime inspection off). */
  public static String inputJson(Path repo) {
    return InputDocuments.toJson(new ScanPipeline(new ScanOptions(repo, List.of(), DiscoveryOptions.DEFAULT_SIZE_CAP,
        RuntimeOptions.off())).run());
  }

  /** The built-in library's modules without their tests: path relative to policies/ to source. */
  public static Map<String, String> libraryModules() {
    Path root = Path.of("policies");
    Map<String, String> out = new LinkedHashMap<>();
    try (Stream<Path> s = Files.walk(root)) {
      for (Path f : s.filter(p -> p.toString().endsWith(".rego") && !p.toString().endsWith("_test.rego")).sorted().toList()) {
        out.put(root.relativize(f).toString(), Files.readString(f));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Writes modules into a directory (for the real OPA). */
  public static Path writeModules(Map<String, String> modules, Path dir) throws IOException {
    for (Map.Entry<String, String> m : modules.entrySet()) {
      Path f = dir.resolve(m.getKey());
      Files.createDirectories(f.getParent());
      Files.writeString(f, m.getValue());
    }
    return dir;
  }
}
