package dev.readiness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.readiness.testing.SampleScan;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SarifReportWriterTest {
  private final ObjectMapper mapper = new ObjectMapper();

  private JsonNode sarif() throws Exception {
    StringWriter w = new StringWriter();
    new SarifReportWriter(mapper).write(SampleScan.report(), w);
    return mapper.readTree(w.toString());
  }

  @Test
  void validatesAgainstTheOfficialSchema() throws Exception {
    String shared = System.getProperty("readiness.shared");
    Path schemaFile = shared == null ? null : Path.of(shared, "schemas", "sarif-schema-2.1.0.json");
    assumeTrue(schemaFile != null && Files.exists(schemaFile),
        "skipped: ../shared/schemas/sarif-schema-2.1.0.json is not available (set -Dreadiness.shared)");
    JsonSchema schema;
    try (InputStream in = Files.newInputStream(schemaFile)) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
    }
    Set<ValidationMessage> errors = schema.validate(sarif());
    assertTrue(errors.isEmpty(), "SARIF does not validate: " + errors);
    // the validator does catch a broken document (guards against a vacuous pass)
    com.fasterxml.jackson.databind.node.ObjectNode broken = (com.fasterxml.jackson.databind.node.ObjectNode) sarif();
    ((com.fasterxml.jackson.databind.node.ObjectNode) broken.at("/runs/0/results/0")).put("level", "fatal");
    assertTrue(!schema.validate(broken).isEmpty(), "an invalid level must be reported");
  }

  @Test
  void oneRulePerCheckAndOneResultPerFindingOfFailingOrPartialChecks() throws Exception {
    JsonNode run = sarif().at("/runs/0");
    Report report = SampleScan.report();
    assertEquals(report.checks().size(), run.at("/tool/driver/rules").size());
    JsonNode rule = find(run.at("/tool/driver/rules"), "id", "security.container.non-root");
    assertEquals("Containers run as a non-root user", rule.at("/shortDescription/text").asText());
    assertTrue(rule.at("/help/text").asText().contains("Add a non-root USER to the final stage."));
    assertTrue(rule.at("/help/text").asText().contains("readiness fix examples/mvp-stack --only security.container.non-root"));
    assertEquals("error", rule.at("/defaultConfiguration/level").asText());
    assertEquals("8.0", rule.at("/properties/security-severity").asText());

    List<String> ruleIds = new ArrayList<>();
    run.get("results").forEach(r -> ruleIds.add(r.get("ruleId").asText()));
    // fail/warn checks: 6 fail (one finding each or a check-level result) + 2 warn; error/suppressed/pass/n/a give none
    assertEquals(List.of("infra.compose.production-override", "infra.dockerfile.coverage", "automation.ci.deploy",
        "automation.deploy.rollback", "security.container.non-root", "monitoring.logging.centralized",
        "monitoring.metrics", "docs.runbook"), ruleIds);
    JsonNode nonRoot = find(run.get("results"), "ruleId", "security.container.non-root");
    assertEquals("backend/Dockerfile", nonRoot.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertEquals(9, nonRoot.at("/locations/0/physicalLocation/region/startLine").asInt());
    assertEquals("service:backend", nonRoot.at("/properties/resource").asText());
    assertEquals(rule, run.at("/tool/driver/rules").get(nonRoot.get("ruleIndex").asInt()));
  }

  @Test
  void repositoryLevelFindingsPointAtTheRoot() throws Exception {
    JsonNode deploy = find(sarif().at("/runs/0/results"), "ruleId", "automation.ci.deploy");
    assertEquals(".", deploy.at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertEquals("%SRCROOT%", deploy.at("/locations/0/physicalLocation/artifactLocation/uriBaseId").asText());
    assertEquals("no workflow deploys", deploy.at("/message/text").asText());
  }

  @Test
  void pathsAreRelativeToTheGitWorkTree() throws Exception {
    StringWriter w = new StringWriter();
    new SarifReportWriter(mapper).write(SampleScan.report("examples/mvp-stack"), w);
    JsonNode results = mapper.readTree(w.toString()).at("/runs/0/results");
    assertEquals("examples/mvp-stack/backend/Dockerfile", find(results, "ruleId", "security.container.non-root")
        .at("/locations/0/physicalLocation/artifactLocation/uri").asText());
    assertEquals("examples/mvp-stack", find(results, "ruleId", "automation.ci.deploy")
        .at("/locations/0/physicalLocation/artifactLocation/uri").asText());
  }

  @Test
  void filePathsBecomeUriReferences() {
    assertEquals("backend/Dockerfile", SarifReportWriter.uri("backend/Dockerfile"));
    assertEquals("my%20dir/a%23b%3F.yml", SarifReportWriter.uri("my dir/a#b?.yml"));
    assertEquals("d%C3%A9j%C3%A0/x", SarifReportWriter.uri("déjà/x"));
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode n : array) {
      if (value.equals(n.path(field).asText())) return n;
    }
    throw new AssertionError("no element with " + field + "=" + value);
  }
}
