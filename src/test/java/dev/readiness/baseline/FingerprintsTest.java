package dev.readiness.baseline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.check.Finding;
import dev.readiness.check.Severity;
import dev.readiness.check.Status;
import dev.readiness.testing.SampleScan;
import dev.readiness.testing.TestRepo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintsTest {
  private static final String CHECK = "security.container.non-root";
  private static final String DOCKERFILE = "FROM python:3.11-slim\nWORKDIR /code\nCMD   [\"uvicorn\",  \"app\"]\n";

  @TempDir Path dir;

  private String fingerprint(Path root, Finding f) {
    return new Fingerprints(new SourceLines(root)).of(CHECK, f);
  }

  @Test
  void insertingLinesAboveTheFindingKeepsTheFingerprint() {
    Path before = dir.resolve("before");
    Path after = dir.resolve("after");
    new TestRepo(before).file("backend/Dockerfile", DOCKERFILE);
    new TestRepo(after).file("backend/Dockerfile", "# syntax=docker/dockerfile:1\n\n# a comment\n" + DOCKERFILE.replace("\n", "\r\n"));
    String a = fingerprint(before, new Finding("runs as root", "backend/Dockerfile", 3, "stage:0"));
    String b = fingerprint(after, new Finding("runs as root", "backend/Dockerfile", 6, "stage:0"));
    assertEquals(a, b, "the line number and line endings are not part of the fingerprint");
    assertEquals(64, a.length());
  }

  @Test
  void whitespaceOnTheLineDoesNotCountButItsTextDoes() {
    Path spaced = dir.resolve("spaced");
    Path edited = dir.resolve("edited");
    new TestRepo(spaced).file("backend/Dockerfile", DOCKERFILE.replace("CMD   [", "\tCMD [").replace(",  ", ", "));
    new TestRepo(edited).file("backend/Dockerfile", DOCKERFILE.replace("uvicorn", "gunicorn"));
    Path original = dir.resolve("original");
    new TestRepo(original).file("backend/Dockerfile", DOCKERFILE);
    Finding f = new Finding("runs as root", "backend/Dockerfile", 3, "stage:0");
    assertEquals(fingerprint(original, f), fingerprint(spaced, f));
    assertNotEquals(fingerprint(original, f), fingerprint(edited, f), "a changed offending line is a new finding");
  }

  @Test
  void checkFileAndResourceArePartOfIt() {
    new TestRepo(dir).file("backend/Dockerfile", DOCKERFILE).file("worker/Dockerfile", DOCKERFILE);
    Fingerprints fp = new Fingerprints(new SourceLines(dir));
    Finding f = new Finding("runs as root", "backend/Dockerfile", 3, "stage:0");
    String base = fp.of(CHECK, f);
    assertNotEquals(base, fp.of("infra.image.pinned", f));
    assertNotEquals(base, fp.of(CHECK, new Finding("runs as root", "worker/Dockerfile", 3, "stage:0")));
    assertNotEquals(base, fp.of(CHECK, new Finding("runs as root", "backend/Dockerfile", 3, "stage:1")));
    assertEquals(base, fp.of(CHECK, new Finding("reworded message", "backend/Dockerfile", 3, "stage:0")),
        "with a resource or a line, the message is not part of it");
  }

  @Test
  void repositoryLevelFindingsUseTheMessageWithoutNumbers() {
    Fingerprints fp = new Fingerprints(new SourceLines(dir));
    String three = fp.of("infra.compose.present", new Finding("no compose file (3 Dockerfiles)", null, null, null));
    String four = fp.of("infra.compose.present", new Finding("no compose file  (4 Dockerfiles)", null, null, null));
    String other = fp.of("infra.compose.present", new Finding("no compose file at all", null, null, null));
    assertEquals(three, four);
    assertNotEquals(three, other);
  }

  @Test
  void aSecretOnTheLineIsHashedNeverKept() {
    String secret = "sk_live_4eC39HqLyjWDarjtT1zdp7dc";
    new TestRepo(dir).file("prod.env", "# prod\nSTRIPE_SECRET_KEY=" + secret + "\n");
    Fingerprints fp = new Fingerprints(new SourceLines(dir));
    Finding f = new Finding("prod.env holds a real secret value for STRIPE_SECRET_KEY", "prod.env", 2,
        "env:STRIPE_SECRET_KEY");
    assertTrue(fp.context(f).contains(secret), "the line text is the context");
    String hash = fp.of("security.secrets.committed", f);
    assertFalse(hash.contains(secret));
    BaselineFile recorded = new BaselineRecorder(fp).record(List.of(SampleScan.fail(
        SampleScan.meta("security.secrets.committed", "security", Severity.CRITICAL), f)), "0.1.0", null);
    assertEquals(List.of(new BaselineEntry("security.secrets.committed", "prod.env", "env:STRIPE_SECRET_KEY", hash, 1)),
        recorded.findings());
  }

  @Test
  void failingChecksWithoutFindingsAreFingerprintedAsTheCheck() {
    Fingerprints fp = new Fingerprints(new SourceLines(dir));
    List<Fingerprints.Fingerprinted> items = fp.failing(List.of(
        SampleScan.fail(SampleScan.meta("docs.runbook", "documentation", Severity.MEDIUM)),
        SampleScan.pass(SampleScan.meta("docs.readme", "documentation", Severity.MEDIUM)),
        SampleScan.result(SampleScan.meta("monitoring.metrics", "monitoring", Severity.MEDIUM), Status.WARN, 5.0,
            new Finding("nothing scrapes /metrics", null, null, "component:backend"))));
    assertEquals(2, items.size(), "passing checks give nothing");
    assertEquals(Fingerprints.ofCheck("docs.runbook"), items.get(0).fingerprint());
    assertEquals(null, items.get(0).finding());
    assertEquals("monitoring.metrics", items.get(1).checkId());
  }

  @Test
  void linesOutsideTheRootOrOutOfRangeAreNotRead(@TempDir Path outside) {
    new TestRepo(outside).file("secret.txt", "outside\n");
    new TestRepo(dir).file("a.txt", "one\ntwo\n");
    SourceLines lines = new SourceLines(dir);
    assertEquals("two", lines.line("a.txt", 2).orElseThrow());
    assertTrue(lines.line("a.txt", 9).isEmpty());
    assertTrue(lines.line("../" + outside.getFileName() + "/secret.txt", 1).isEmpty());
    assertTrue(lines.line(outside.resolve("secret.txt").toString(), 1).isEmpty(), "absolute paths are refused");
    assertTrue(lines.line("missing.txt", 1).isEmpty());
  }
}
