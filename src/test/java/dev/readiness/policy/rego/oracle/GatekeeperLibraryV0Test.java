package dev.readiness.policy.rego.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.policy.rego.RegoTestRunner;
import dev.readiness.policy.rego.builtins.BuiltinRegistry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Rego v0 on a real suite: every folder of open-policy-agent/gatekeeper-library's src/ (src.rego, src_test.rego
 * and the lib copies beside them, Rego v0) runs under {@code --v0-compatible} as its own test.sh runs
 * {@code opa test folder/*.rego}; every test must pass, as under OPA. The library is not part of this project:
 * the test runs only where a copy is given (GATEKEEPER_LIBRARY=/path/to/checkout) and skips otherwise.
 */
class GatekeeperLibraryV0Test {

  @Test
  void everyFolderPassesUnderV0Compatible() throws Exception {
    String dir = System.getenv("GATEKEEPER_LIBRARY");
    if (dir == null || !Files.isDirectory(Path.of(dir, "src"))) {
      System.out.println("SKIPPED: set GATEKEEPER_LIBRARY to a checkout of open-policy-agent/gatekeeper-library");
    }
    Assumptions.assumeTrue(dir != null && Files.isDirectory(Path.of(dir, "src")), "no gatekeeper-library copy");
    RegoTestRunner runner = new RegoTestRunner(BuiltinRegistry.standard(), Duration.ofSeconds(30), 50_000_000, true);
    List<Path> folders;
    try (Stream<Path> s = Files.list(Path.of(dir, "src"))) {
      folders = s.filter(Files::isDirectory).flatMap(GatekeeperLibraryV0Test::children).sorted().toList();
    }
    int passed = 0;
    int total = 0;
    int foldersOk = 0;
    List<String> failures = new ArrayList<>();
    for (Path folder : folders) {
      List<Path> files;
      try (Stream<Path> s = Files.list(folder)) {
        files = s.filter(f -> f.toString().endsWith(".rego")).sorted().toList();
      }
      if (files.isEmpty()) continue;
      try {
        RegoTestRunner.Report r = runner.run(files, List.of(), null);
        passed += (int) r.count(RegoTestRunner.Status.PASS);
        total += r.results().size();
        if (r.ok()) foldersOk++;
        r.results().stream().filter(t -> t.status() == RegoTestRunner.Status.FAIL || t.status() == RegoTestRunner.Status.ERROR)
            .forEach(t -> failures.add(t.name() + ": " + t.status() + " " + t.message()));
      } catch (dev.readiness.policy.PolicyException e) {
        failures.add(folder + ": " + e.getMessage());
      }
    }
    System.out.println("gatekeeper-library under --v0-compatible: " + foldersOk + "/" + folders.size() + " folders, "
        + passed + "/" + total + " tests pass");
    assertEquals("", String.join("\n", failures));
    assertTrue(total > 0);
  }

  private static Stream<Path> children(Path p) {
    try {
      return Files.list(p).filter(Files::isDirectory).toList().stream();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
