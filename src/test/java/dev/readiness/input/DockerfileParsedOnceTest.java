package dev.readiness.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.readiness.scan.dockerfile.DockerfileParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A scan parses each Dockerfile once: the Dockerfile scanner and the compose scanner (base image of a
 * build, once per service and chain) share the tree. Before, the bundled example read its one
 * Dockerfile twice, and well-run (two compose chains building it) three times.
 */
class DockerfileParsedOnceTest {

  private static long parses(Path root, int dockerfiles) {
    long before = DockerfileParser.parseCount();
    InputDocument doc = new ScanPipeline(ScanOptions.of(root)).run();
    long parses = DockerfileParser.parseCount() - before;
    System.out.println("Dockerfile parses in a scan of " + root + ": " + parses + " for " + doc.dockerfiles().size() + " Dockerfile(s)");
    assertEquals(dockerfiles, doc.dockerfiles().size());
    return parses;
  }

  @Test
  void theBundledExample() {
    Path example = Path.of("examples/mvp-stack");
    assumeTrue(Files.isDirectory(example), "examples/mvp-stack not found (run from the project root)");
    assertEquals(1, parses(example, 1));
  }

  @ParameterizedTest
  @ValueSource(strings = {"src/test/resources/repos/well-run:1", "src/test/resources/fix/python-fastapi:2", "src/test/resources/fix/node-vite:2"})
  void fixtureRepositoriesWithComposeBuilds(String spec) {
    String[] p = spec.split(":");
    int n = Integer.parseInt(p[1]);
    assertEquals(n, parses(Path.of(p[0]), n));
  }
}
