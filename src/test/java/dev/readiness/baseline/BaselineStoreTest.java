package dev.readiness.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.check.CheckResult;
import dev.readiness.check.Finding;
import dev.readiness.check.Severity;
import dev.readiness.usage.UsageException;
import dev.readiness.testing.SampleScan;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineStoreTest {
  private static final String FP = "a".repeat(64);

  @TempDir Path dir;
  private final BaselineStore store = new BaselineStore(new ObjectMapper());

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  private String render(BaselineFile b) throws Exception {
    StringWriter w = new StringWriter();
    store.write(b, w);
    return w.toString();
  }

  @Test
  void roundTripsAndWritesTheSameBytesWhateverTheResultOrder() throws Exception {
    List<CheckResult> results = new ArrayList<>(SampleScan.results());
    results.add(SampleScan.fail(SampleScan.meta("security.ports", "security", Severity.HIGH),
        new Finding("db port published", "compose.yaml", 8, "service:db"),
        new Finding("db port published", "compose.yaml", 8, "service:db")));
    Fingerprints fp = new Fingerprints(new SourceLines(dir));
    BaselineFile recorded = new BaselineRecorder(fp).record(results, "0.1.0", Instant.parse("2026-11-25T18:00:00.123Z"));
    List<CheckResult> shuffled = new ArrayList<>(results);
    Collections.reverse(shuffled);
    BaselineFile again = new BaselineRecorder(fp).record(shuffled, "0.1.0", Instant.parse("2026-11-25T18:00:00Z"));
    String text = render(recorded);
    assertEquals(text, render(again), "sorted deterministically");
    assertTrue(text.startsWith("{\n  \"version\" : 1,\n  \"tool\" : {\n    \"name\" : \"readiness\",\n    \"version\" : \"0.1.0\""), text);
    assertTrue(text.contains("\"createdAt\" : \"2026-11-25T18:00:00Z\""), text);
    assertTrue(text.contains("\"count\" : 2"), "identical findings share one entry with a count: " + text);

    BaselineFile read = store.read(write("base.json", text));
    assertEquals(recorded, read);
    List<BaselineEntry> sorted = new ArrayList<>(read.findings());
    sorted.sort(BaselineEntry.ORDER);
    assertEquals(sorted, read.findings());
    // the sample's 8 failing/partial items (6 findings, 2 checks without findings) + 2 identical port findings
    assertEquals(10, read.size());
    assertEquals(9, read.findings().size());
  }

  @Test
  void readsAMinimalFile() throws Exception {
    BaselineFile b = store.read(write("min.json",
        "{\"version\": 1, \"findings\": [{\"checkId\": \"docs.runbook\", \"fingerprint\": \"" + FP + "\"}]}"));
    assertEquals(List.of(new BaselineEntry("docs.runbook", null, null, FP, 1)), b.findings());
  }

  @Test
  void aMissingOrMalformedFileIsAUsageErrorNamingTheProblem() throws Exception {
    assertMessage(dir.resolve("nope.json"), "baseline file not found: ");
    assertMessage(write("a.json", "{\"version\": 1, \"findings\": ["), "invalid JSON");
    assertMessage(write("b.json", "[]"), "expected a JSON object");
    assertMessage(write("c.json", "{\"findings\": []}"), "missing or non-integer \"version\"");
    assertMessage(write("d.json", "{\"version\": 2, \"findings\": []}"), "version 2 is not supported");
    assertMessage(write("e.json", "{\"version\": 1}"), "missing \"findings\" array");
    assertMessage(write("f.json", "{\"version\": 1, \"findings\": [{\"fingerprint\": \"" + FP + "\"}]}"),
        "findings[0] has no \"checkId\"");
    assertMessage(write("g.json", "{\"version\": 1, \"findings\": [{\"checkId\": \"x\", \"fingerprint\": \"abc\"}]}"),
        "findings[0].fingerprint is not a SHA-256");
    assertMessage(write("h.json", "{\"version\": 1, \"findings\": [{\"checkId\": \"x\", \"fingerprint\": \"" + FP
        + "\", \"count\": 0}]}"), "findings[0].count must be a positive integer");
    assertMessage(write("i.json", "{\"version\": 1, \"findings\": [{\"checkId\": \"x\", \"fingerprint\": \"" + FP
        + "\", \"file\": 3}]}"), "findings[0].file must be a string or null");
  }

  private void assertMessage(Path file, String expected) {
    UsageException e = assertThrows(UsageException.class, () -> store.read(file));
    assertTrue(e.getMessage().contains(expected), e.getMessage());
    assertTrue(e.getMessage().contains(file.toString()), "names the file: " + e.getMessage());
  }
}
