package dev.readiness.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.usage.UsageException;
import dev.readiness.policy.rego.value.Json;
import dev.readiness.policy.rego.value.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckRunnerTest {
  @TempDir Path dir;

  /** The smallest valid input document: an empty repository. */
  static Value emptyDocument(String root) {
    return Json.parse("""
        {"schemaVersion":1,"target":{"path":%s,"name":"r","gitCommit":null,"git":false},"files":[],
         "compose":{"files":[],"projects":[]},"dockerfiles":[],"envFiles":[],"workflows":[],
         "repo":{"docs":[],"scripts":[],"makeTargets":[],"migrations":[],"proxies":[],
           "monitoring":{"prometheus":[],"alertRules":[],"grafana":[],"logShipping":[],"uptime":[]},
           "deployTargets":[],"components":[],"dependencyUpdates":{"dependabot":null,"renovate":null},
           "secretManagement":[],"committedSecrets":[],"gitignore":null,"backupSchedules":[],"inlineSuppressions":[]},
         "runtime":{"status":"disabled","engine":null,"reason":null,"containers":[]},"diagnostics":[]}
        """.formatted(Json.quote(root)));
  }

  private static Map<String, CheckResult> byId(CheckRun run) {
    return run.results().stream().collect(Collectors.toMap(r -> r.metadata().id(), Function.identity()));
  }

  @Test
  void builtinChecksRunOnAnEmptyRepository() {
    try (CheckRunner runner = CheckRunner.create(RunnerOptions.builtinOnly())) {
      CheckRun run = runner.run(emptyDocument(dir.toString()));
      assertEquals(List.of(), run.diagnostics());
      Map<String, CheckResult> r = byId(run);
      assertEquals(runner.catalog().all().size(), run.results().size());
      assertEquals(Status.FAIL, r.get("infra.compose.present").status());
      assertEquals(Status.NOT_APPLICABLE, r.get("infra.compose.restart-policy").status());
      assertEquals(Status.FAIL, r.get("docs.readme").status());
      // nothing was searched, so "no secret found" is not a pass (issue 14: an empty directory scored Security 6.7)
      assertEquals(Status.NOT_APPLICABLE, r.get("security.secrets.committed").status());
      assertEquals("no README", r.get("docs.readme").findings().get(0).message());
      assertTrue(run.results().stream().noneMatch(x -> x.status() == Status.ERROR));
    }
  }

  @Test
  void conftestStylePoliciesBecomeCustomChecks() throws IOException {
    Files.writeString(dir.resolve("team.rego"), """
        package team.docs

        import rego.v1

        deny contains "a CODEOWNERS file is required" if {
          not "CODEOWNERS" in {f.path | some f in input.files}
        }
        """);
    Files.writeString(dir.resolve("helpers.rego"), "package team.lib\n\nimport rego.v1\n\nnames := {f.path | some f in input.files}\n");
    try (CheckRunner runner = CheckRunner.create(new RunnerOptions(false, List.of(dir), List.of(), Duration.ofSeconds(5)))) {
      assertEquals(List.of("team.docs"), runner.catalog().all().stream().map(CheckMetadata::id).toList());
      CheckResult r = runner.run(emptyDocument(dir.toString())).results().get(0);
      assertEquals("custom", r.metadata().category());
      assertEquals(Severity.MEDIUM, r.metadata().severity());
      assertEquals(Status.FAIL, r.status());
      assertEquals("a CODEOWNERS file is required", r.findings().get(0).message());
    }
  }

  @Test
  void contractPoliciesKeepTheirMetadataAndCanUseTheLibrary() throws IOException {
    Files.writeString(dir.resolve("limits.rego"), """
        # METADATA
        # title: Services name an owner
        # custom:
        #   id: acme.owner-label
        #   category: infrastructure
        #   severity: low
        package acme.owner

        import rego.v1

        import data.readiness.lib.compose

        total := count(compose.services)

        passing := count([s | some s in compose.services; s.labels.owner])
        """);
    try (CheckRunner runner = CheckRunner.create(new RunnerOptions(false, List.of(dir), List.of(), Duration.ofSeconds(5)))) {
      CheckMetadata m = runner.catalog().find("acme.owner-label").orElseThrow();
      assertEquals("infrastructure", m.category());
      assertEquals(Severity.LOW, m.severity());
      assertEquals(Status.NOT_APPLICABLE, runner.run(emptyDocument(dir.toString())).results().get(0).status());
    }
  }

  @Test
  void invalidUserPolicyIsAUsageErrorWithItsLocation() throws IOException {
    Path file = dir.resolve("broken.rego");
    Files.writeString(file, "package broken\n\ndeny contains msg if {\n  msg := \n}\n");
    UsageException e = assertThrows(UsageException.class,
        () -> CheckRunner.create(new RunnerOptions(false, List.of(dir), List.of(), Duration.ofSeconds(5))));
    assertTrue(e.getMessage().contains(file.toString() + ":"), e.getMessage());
  }

  @Test
  void missingPolicyDirectoryIsAUsageError() {
    assertThrows(UsageException.class,
        () -> CheckRunner.create(new RunnerOptions(false, List.of(dir.resolve("nope")), List.of(), Duration.ofSeconds(5))));
  }

  @Test
  void duplicateCheckIdsAreRejected() throws IOException {
    Files.writeString(dir.resolve("dup.rego"), """
        # METADATA
        # title: Duplicate
        # custom:
        #   id: docs.readme
        #   category: documentation
        #   severity: low
        package dup

        import rego.v1

        deny contains "x" if false
        """);
    UsageException e = assertThrows(UsageException.class,
        () -> CheckRunner.create(new RunnerOptions(true, List.of(dir), List.of(), Duration.ofSeconds(5))));
    assertTrue(e.getMessage().contains("docs.readme"), e.getMessage());
  }

  @Test
  void evaluationErrorsBecomeErrorStatusAndADiagnostic() throws IOException {
    Files.writeString(dir.resolve("conflict.rego"), """
        package conflict

        import rego.v1

        deny contains "x" if false

        total := 1 if true
        total := 2 if true
        """);
    Files.writeString(dir.resolve("slow.rego"), """
        package slow

        import rego.v1

        deny contains n if {
          n := count([1 | some i in numbers.range(1, 5000); some j in numbers.range(1, 5000)])
          n < 0
        }
        """);
    try (CheckRunner runner = CheckRunner.create(new RunnerOptions(false, List.of(dir), List.of(), Duration.ofMillis(300)))) {
      CheckRun run = runner.run(emptyDocument(dir.toString()));
      Map<String, CheckResult> r = byId(run);
      assertEquals(Status.ERROR, r.get("conflict").status());
      assertEquals(0.0, r.get("conflict").score());
      assertNotNull(r.get("conflict").error());
      assertEquals(Status.ERROR, r.get("slow").status());
      assertEquals(2, run.diagnostics().size());
      assertTrue(run.diagnostics().stream().allMatch(d -> d.source().equals("policy")));
    }
  }

  @Test
  void invalidBundleIsAUsageError() throws IOException {
    Path bundle = Files.writeString(dir.resolve("bundle.tar.gz"), "not a bundle");
    assertThrows(UsageException.class,
        () -> CheckRunner.create(new RunnerOptions(false, List.of(), List.of(bundle), Duration.ofSeconds(5))));
  }

  @Test
  void bundleEntrypointsBecomeCustomChecks() throws IOException {
    Path bundle = Files.writeString(dir.resolve("team.tar.gz"), "stub");
    // A stand-in for a wasm bundle: fixed entrypoints, evaluated one rule at a time.
    dev.readiness.policy.PolicyEngine stub = new dev.readiness.policy.PolicyEngine() {
      @Override public String name() { return "wasm"; }

      @Override public List<String> entrypoints() { return List.of("acme/gate/deny", "acme/gate/warn", "acme/other/allow"); }

      @Override public java.util.Optional<Value> evaluate(String entrypoint, Value input) {
        if (entrypoint.equals("data.acme.gate.deny")) return java.util.Optional.of(Json.parse("[\"no CODEOWNERS\"]"));
        if (entrypoint.equals("data.acme.gate.warn")) return java.util.Optional.of(Json.parse("[]"));
        return java.util.Optional.empty();
      }
    };
    try (CheckRunner runner = CheckRunner.create(new RunnerOptions(false, List.of(), List.of(bundle), Duration.ofSeconds(5)),
        Engines.REGO, (path, budget) -> stub, Engines.DOCKERFILE_VIEW)) {
      assertEquals(List.of("acme.gate"), runner.catalog().all().stream().map(CheckMetadata::id).toList());
      CheckResult r = runner.run(emptyDocument(dir.toString())).results().get(0);
      assertEquals(Status.FAIL, r.status());
      assertEquals("custom", r.metadata().category());
      assertEquals("no CODEOWNERS", r.findings().get(0).message());
    }
  }

  @Test
  void catalogOfBuiltinsMatchesTheRunner() {
    try (CheckRunner runner = CheckRunner.create(RunnerOptions.builtinOnly())) {
      assertEquals(CheckCatalog.builtin().all().stream().map(CheckMetadata::id).sorted().toList(),
          runner.catalog().all().stream().map(CheckMetadata::id).sorted().toList());
      assertFalse(runner.catalog().all().isEmpty());
    }
  }
}
