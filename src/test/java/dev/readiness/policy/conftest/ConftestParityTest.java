package dev.readiness.policy.conftest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * conftest's own acceptance.bats cases for `conftest test` run through `readiness policy check`
 * (src/bench/conftest-parity.sh); with the real conftest on PATH the script also compares both on examples/.
 * Needs a checkout of open-policy-agent/conftest in CONFTEST_SRC and the packaged jar; skips otherwise.
 */
class ConftestParityTest {
  @Test
  void acceptanceCasesWithAnEquivalentAgree() throws Exception {
    String src = System.getenv("CONFTEST_SRC");
    if (src == null || !Files.isRegularFile(Path.of(src, "acceptance.bats"))) {
      System.out.println("ConftestParityTest skipped: set CONFTEST_SRC to a conftest checkout");
      Assumptions.abort("no CONFTEST_SRC");
    }
    Path jar = Path.of("target/readiness.jar");
    if (!Files.isRegularFile(jar)) {
      System.out.println("ConftestParityTest skipped: no target/readiness.jar (mvn package first)");
      Assumptions.abort("no jar");
    }
    ProcessBuilder pb = new ProcessBuilder("bash", "src/bench/conftest-parity.sh", jar.toAbsolutePath().toString())
        .redirectErrorStream(true);
    pb.environment().put("CONFTEST_SRC", src);
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
    if (ex.find()) {
      int n = Integer.parseInt(ex.group(1));
      int eq = Integer.parseInt(ex.group(2));
      assertTrue(eq * 100 >= n * 90, "examples/ parity below 90%: " + eq + "/" + n);
    }
  }
}
