package dev.readiness.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The CI workflow checks what it fetches against .github/shared.sha256: the schema files there must
 * be the ones a developer's ../shared holds, so CI and local runs validate against the same schemas.
 * (The OPA cases are YAML in CI and swift-opa's JSON in ../shared: their line is checked by CI only.)
 */
class SharedChecksumsTest {
  private static final Path SUMS = Path.of(".github/shared.sha256");

  @Test
  void theWorkflowChecksEveryFileItFetches() throws IOException {
    String workflow = Files.readString(Path.of(".github/workflows/ci.yml"));
    assertTrue(workflow.contains("sha256sum --strict -c \"$GITHUB_WORKSPACE/.github/shared.sha256\""), "the fetch step verifies the sums");
    List<String> paths = Files.readAllLines(SUMS).stream().map(l -> l.substring(66)).toList();
    assertEquals(List.of("rego-conformance/LICENSE", "opa-cases.sha256sums", "schemas/sarif-schema-2.1.0.json", "schemas/compose-spec.json"), paths);
    for (String p : paths) {
      if (!p.equals("opa-cases.sha256sums")) assertTrue(workflow.contains(p.substring(p.indexOf('/') + 1)), p + " is fetched");
    }
  }

  @Test
  void schemaSumsAreThoseOfTheLocalShared() throws IOException, NoSuchAlgorithmException {
    String shared = System.getProperty("readiness.shared");
    boolean present = shared != null && Files.isDirectory(Path.of(shared, "schemas"));
    if (!present) System.out.println("SharedChecksumsTest: ../shared/schemas is absent, the local comparison is skipped");
    assumeTrue(present, "../shared/schemas is absent");
    for (String line : Files.readAllLines(SUMS)) {
      String path = line.substring(66);
      if (!path.startsWith("schemas/")) continue;
      byte[] bytes = Files.readAllBytes(Path.of(shared, path));
      String sum = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
      assertEquals(line.substring(0, 64), sum, path + " in ../shared differs from what CI fetches");
    }
  }
}
