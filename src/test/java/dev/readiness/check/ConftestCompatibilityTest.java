package dev.readiness.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.policy.rego.value.Json;
import dev.readiness.policy.rego.value.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Policies written for conftest run unmodified: package main and custom.input: file are evaluated per file. */
class ConftestCompatibilityTest {
  @TempDir Path repo;
  @TempDir Path policies;

  @BeforeEach
  void repository() throws IOException {
    Files.createDirectories(repo.resolve("k8s"));
    Files.writeString(repo.resolve("k8s/app.yaml"), """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: web
        spec:
          template:
            spec:
              containers:
                - name: web
                  image: nginx:1.27
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: web
        """);
    Files.writeString(repo.resolve("k8s/safe.yaml"), """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
        spec:
          template:
            spec:
              securityContext:
                runAsNonRoot: true
        """);
    Files.writeString(repo.resolve("Dockerfile"), "FROM node:latest AS build\nRUN npm ci\nFROM nginx:1.27\nCOPY --from=build /app /usr/share/nginx/html\n");
    Files.writeString(repo.resolve("package.json"), "{\"name\": \"web\", \"scripts\": {}}");
  }

  private Value input() {
    return Json.parse("""
        {"schemaVersion":1,"target":{"path":%s,"name":"r","gitCommit":null,"git":false},
         "files":[{"path":"Dockerfile"},{"path":"k8s/app.yaml"},{"path":"k8s/safe.yaml"},{"path":"package.json"},{"path":".env"},{"path":"README.md"}],
         "envFiles":[{"file":".env","environment":"default","template":false,"tracked":false,"gitignored":true,
           "keys":[{"key":"API_TOKEN","line":1,"kind":"secret","secretLike":true},{"key":"DEBUG","line":2,"kind":"boolean","secretLike":false}]}]}
        """.formatted(Json.quote(repo.toString())));
  }

  private Map<String, CheckResult> run() {
    try (CheckRunner runner = CheckRunner.create(new RunnerOptions(false, List.of(policies), List.of(), Duration.ofSeconds(5)))) {
      CheckRun run = runner.run(input());
      return run.results().stream().collect(Collectors.toMap(r -> r.metadata().id(), Function.identity()));
    }
  }

  @Test
  void kubernetesDeploymentPolicyRunsOnEachYamlDocument() throws IOException {
    Files.writeString(policies.resolve("k8s.rego"), """
        package main

        import rego.v1

        deny contains msg if {
          input.kind == "Deployment"
          not input.spec.template.spec.securityContext.runAsNonRoot
          msg := sprintf("Containers must not run as root in Deployment %s", [input.metadata.name])
        }
        """);
    CheckResult r = run().get("main");
    assertEquals(Status.FAIL, r.status());
    assertEquals(List.of(new Finding("Containers must not run as root in Deployment web", "k8s/app.yaml", null, null)), r.findings());
    assertEquals("custom", r.metadata().category());
  }

  @Test
  void dockerfilePolicySeesConftestInstructions() throws IOException {
    Files.writeString(policies.resolve("docker.rego"), """
        package main

        import rego.v1

        deny contains msg if {
          some i
          input[i].Cmd == "from"
          val := input[i].Value
          endswith(val[0], ":latest")
          msg := sprintf("Do not use the latest tag for base images: %s (stage %d)", [val[0], input[i].Stage])
        }
        """);
    CheckResult r = run().get("main");
    assertEquals(Status.FAIL, r.status());
    assertEquals(List.of(new Finding("Do not use the latest tag for base images: node:latest (stage 0)", "Dockerfile", null, null)),
        r.findings());
  }

  @Test
  void fileInputPoliciesSelectFilesByGlobAndSeeEnvKinds() throws IOException {
    Files.writeString(policies.resolve("env.rego"), """
        # METADATA
        # title: Env files hold no secrets
        # custom:
        #   input: file
        #   files: [".env", ".env.*"]
        package team.env

        import rego.v1

        warn contains msg if {
          some key, kind in input
          kind == "secret"
          msg := sprintf("%s holds a secret", [key])
        }
        """);
    CheckResult r = run().get("team.env");
    assertEquals(Status.WARN, r.status());
    assertEquals(Severity.LOW, r.metadata().severity());
    assertEquals("Env files hold no secrets", r.metadata().title());
    assertEquals(List.of(new Finding("API_TOKEN holds a secret", ".env", null, null)), r.findings());
  }

  @Test
  void jsonFilesAreParsedAndCleanFilesPass() throws IOException {
    Files.writeString(policies.resolve("pkg.rego"), """
        # METADATA
        # custom:
        #   input: file
        #   files: ["package.json"]
        package team.node

        import rego.v1

        violation contains {"msg": "package.json needs a start script"} if {
          not input.scripts.start
        }
        """);
    CheckResult r = run().get("team.node");
    assertEquals(Status.FAIL, r.status());
    assertEquals("package.json", r.findings().get(0).file());
    assertEquals("package.json needs a start script", r.findings().get(0).message());
  }

  @Test
  void policiesWithNoMatchingFileAreNotApplicable() throws IOException {
    Files.writeString(policies.resolve("tf.rego"), """
        # METADATA
        # custom:
        #   input: file
        #   files: ["**/*.tf.json"]
        package team.tf

        import rego.v1

        deny contains "x" if true
        """);
    assertEquals(Status.NOT_APPLICABLE, run().get("team.tf").status());
  }

  @Test
  void helperPackagesAreNotChecks() throws IOException {
    Files.writeString(policies.resolve("lib.rego"), "package team.lib\n\nimport rego.v1\n\nis_deployment if input.kind == \"Deployment\"\n");
    Files.writeString(policies.resolve("use.rego"), """
        package main

        import rego.v1

        import data.team.lib

        warn contains "deployment found" if lib.is_deployment
        """);
    Map<String, CheckResult> results = run();
    assertEquals(Set.of("main"), results.keySet());
    assertTrue(results.get("main").findings().stream().allMatch(f -> f.file().startsWith("k8s/")));
    assertEquals(2, results.get("main").findings().size());
  }
}
