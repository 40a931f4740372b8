package dev.readiness.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.usage.UsageException;
import dev.readiness.discover.DiscoveryOptions;
import dev.readiness.input.InputDocument;
import dev.readiness.input.ScanOptions;
import dev.readiness.input.ScanPipeline;
import dev.readiness.scan.runtime.RuntimeOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code scan --policy DIR -d DATA --v0-compatible}: user checks in Rego v0 that read a data document. */
class UserPolicyOptionsTest {
  private static final String CHECK = """
      # METADATA
      # title: Allowed registries
      # custom:
      #   id: custom.registries
      #   severity: high
      #   category: security
      package custom.registries

      deny[msg] {
        svc := input.compose.projects[_].configs[_].services[_]
        not svc.name in data.allowed
        msg := sprintf("service %v is not in the allowed list", [svc.name])
      }
      """;

  @Test
  void v0PolicyReadsDataDocuments(@TempDir Path dir) throws Exception {
    Path policies = Files.createDirectories(dir.resolve("p"));
    Files.writeString(policies.resolve("check.rego"), CHECK.replace("package custom.registries\n",
        "package custom.registries\n\nimport future.keywords.in\n"));
    Files.writeString(dir.resolve("data.yaml"), "allowed: [app]\n");
    InputDocument doc = new ScanPipeline(new ScanOptions(Path.of("src/test/resources/repos/node-express"), List.of(),
        DiscoveryOptions.DEFAULT_SIZE_CAP, RuntimeOptions.off())).run();
    try (CheckRunner runner = CheckRunner.create(new RunnerOptions(false, List.of(policies), List.of(),
        Duration.ofSeconds(5), List.of(dir.resolve("data.yaml")), true))) {
      CheckResult r = runner.run(doc).results().get(0);
      assertEquals("fail", r.status().id());
      assertEquals(List.of("service mongo is not in the allowed list"), r.findings().stream().map(Finding::message).toList());
    }
    UsageException e = assertThrows(UsageException.class, () -> CheckRunner.create(new RunnerOptions(false,
        List.of(policies), List.of(), Duration.ofSeconds(5))));
    assertTrue(e.getMessage().contains("rego_parse_error"), e.getMessage());
  }
}
