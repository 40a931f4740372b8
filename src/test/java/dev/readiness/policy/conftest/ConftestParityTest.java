package dev.readiness.policy.conftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import dev.readiness.policy.rego.oracle.Opa;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * conftest's own acceptance.bats cases for `conftest test` run through `readiness policy check`
 * (src/bench/conftest-parity.sh); with the real conftest the script also compares both on conftest's examples/ and
 * compares the HCL2 input documents (json.marshal(input)) of every .tf/.tfvars/.hcl there and in conftest-hcl2/.
 * The conftest source is CONFTEST_SRC or, as .ci/run leaves it, the Go module cache's copy of
 * github.com/open-policy-agent/conftest@{@value #VERSION}; the binary is the one .ci/run builds
 * (~/.cache/readiness-tools/bin/conftest, PATH or ~/go/bin). Needs the packaged jar: tagged "packaged", it runs at
 * {@code mvn verify} after the jar is built (skips with a message when run alone without one).
 */
@Tag("packaged")
class ConftestParityTest {
  /** The conftest release .ci/run installs (go_tool conftest ...@VERSION); its acceptance.bats is the oracle. */
  static final String VERSION = "v0.71.1";

  @TempDir Path tmp;

  @Test
  void acceptanceCasesWithAnEquivalentAgree() throws Exception {
    Optional<Path> src = source();
    if (src.isEmpty()) {
      System.out.println("ConftestParityTest skipped: no conftest source (set CONFTEST_SRC to a checkout, or let .ci/run"
          + " install conftest " + VERSION + " with Go)");
      Assumptions.abort("no conftest source");
    }
    Path jar = Path.of("target/readiness.jar");
    if (!Files.isRegularFile(jar)) {
      System.out.println("ConftestParityTest skipped: no target/readiness.jar (mvn package first)");
      Assumptions.abort("no jar");
    }
    // the module cache is read-only and the cases run inside the checkout: work on a copy
    Path copy = tmp.resolve("conftest");
    try (Stream<Path> walk = Files.walk(src.get())) {
      for (Path f : walk.toList()) {
        Path to = copy.resolve(src.get().relativize(f).toString());
        if (Files.isDirectory(f)) {
          Files.createDirectories(to);
        } else {
          Files.copy(f, to);
          to.toFile().setWritable(true, true);
        }
      }
    }
    Optional<Path> conftest = Opa.tool("conftest");
    if (conftest.isEmpty()) System.out.println("ConftestParityTest: no conftest binary; the examples/ differential is left out");
    ProcessBuilder pb = new ProcessBuilder("bash", "src/bench/conftest-parity.sh", jar.toAbsolutePath().toString())
        .redirectErrorStream(true);
    pb.environment().put("CONFTEST_SRC", copy.toString());
    conftest.ifPresent(c -> pb.environment().put("CONFTEST", c.toString()));
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, p.waitFor(), out);
    System.out.println(out);
    Matcher m = Pattern.compile("(\\d+) with an equivalent in readiness policy check, (\\d+) identical").matcher(out);
    assertTrue(m.find(), out);
    int equivalent = Integer.parseInt(m.group(1));
    int same = Integer.parseInt(m.group(2));
    assertTrue(equivalent >= 30, "too few comparable cases: " + out);
    assertTrue(same * 100 >= equivalent * 90, "parity below 90%: " + same + "/" + equivalent + "\n" + out);
    Matcher ex = Pattern.compile("examples/: (\\d+) inputs, (\\d+) identical").matcher(out);
    assertEquals(conftest.isPresent(), ex.find(), "with the conftest binary the examples/ differential runs: " + out);
    if (conftest.isPresent()) {
      int n = Integer.parseInt(ex.group(1));
      int eq = Integer.parseInt(ex.group(2));
      assertTrue(eq * 100 >= n * 90, "examples/ parity below 90%: " + eq + "/" + n);
      // HCL2 reaches policies exactly as conftest gives it (examples/ and src/test/resources/conftest-hcl2)
      Matcher hcl = Pattern.compile("HCL2 input documents: (\\d+) files, (\\d+) identical").matcher(out);
      assertTrue(hcl.find(), out);
      assertTrue(Integer.parseInt(hcl.group(1)) >= 6, "too few HCL2 files: " + out);
      assertEquals(hcl.group(1), hcl.group(2), "HCL2 input documents differ from conftest's: " + out);
    }
  }

  /** CONFTEST_SRC, else the Go module cache's conftest@VERSION (GOMODCACHE, GOPATH/pkg/mod or ~/go/pkg/mod). */
  static Optional<Path> source() {
    String env = System.getenv("CONFTEST_SRC");
    if (env != null) return Optional.of(Path.of(env)).filter(p -> Files.isRegularFile(p.resolve("acceptance.bats")));
    List<Path> caches = new ArrayList<>();
    if (System.getenv("GOMODCACHE") != null) caches.add(Path.of(System.getenv("GOMODCACHE")));
    if (System.getenv("GOPATH") != null) caches.add(Path.of(System.getenv("GOPATH"), "pkg", "mod"));
    caches.add(Path.of(System.getProperty("user.home"), "go", "pkg", "mod"));
    return caches.stream().map(c -> c.resolve("github.com/open-policy-agent/conftest@" + VERSION))
        .filter(p -> Files.isRegularFile(p.resolve("acceptance.bats"))).findFirst();
  }
}
