package dev.readiness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.testing.SampleScan;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The JSON report has the contract's shape: top-level keys in order, nulls kept, value types. */
class JsonReportContractTest {
  @Test
  void shapeOfTheContract() throws Exception {
    StringWriter w = new StringWriter();
    new JsonReportWriter(new ObjectMapper()).write(SampleScan.report(), w);
    JsonNode j = new ObjectMapper().readTree(w.toString());
    List<String> keys = new ArrayList<>();
    j.fieldNames().forEachRemaining(keys::add);
    assertEquals(List.of("schemaVersion", "tool", "target", "scannedAt", "durationMs", "inputs", "checks", "scores",
        "verdict", "gaps", "recommendations", "gate", "diagnostics"), keys);
    assertEquals(1, j.get("schemaVersion").asInt());
    assertEquals("readiness", j.at("/tool/name").asText());
    assertTrue(j.at("/target/gitCommit").isNull(), "absent commit is null, not missing");
    assertEquals("2026-11-25T18:00:00Z", j.get("scannedAt").asText());
    assertEquals("unavailable", j.at("/inputs/docker").asText());
    JsonNode check = j.get("checks").get(0);
    List<String> checkKeys = new ArrayList<>();
    check.fieldNames().forEachRemaining(checkKeys::add);
    assertEquals(List.of("id", "title", "category", "severity", "status", "score", "findings", "remediation",
        "suppression", "description", "passing", "total", "error"), checkKeys);
    for (JsonNode c : j.get("checks")) {
      assertTrue(List.of("pass", "warn", "fail", "n/a", "error", "suppressed").contains(c.get("status").asText()));
      if (c.get("status").asText().equals("n/a")) assertTrue(c.get("score").isNull());
    }
    assertEquals(List.of("infrastructure", "automation", "security", "monitoring", "documentation", "overall"),
        fields(j.get("scores")));
    assertEquals("not-ready", j.at("/verdict/level").asText());
    assertTrue(j.at("/gaps/high").get(0).isTextual());
    assertEquals(List.of("immediate", "shortTerm", "mediumTerm"), fields(j.get("recommendations")));
    assertEquals(7.0, j.at("/gate/failUnder").asDouble());
    assertTrue(j.at("/gate/failOn").isNull());
    assertEquals("overall 4.3 < 7.0", j.at("/gate/reasons/0").asText());
    assertEquals("warning", j.at("/diagnostics/0/level").asText());
  }

  private static List<String> fields(JsonNode n) {
    List<String> out = new ArrayList<>();
    n.fieldNames().forEachRemaining(out::add);
    return out;
  }
}
