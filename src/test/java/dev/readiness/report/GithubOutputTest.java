package dev.readiness.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.testing.SampleScan;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GithubOutputTest {
  @Test
  void appendsTheJobSummaryAndEmitsAnnotations(@TempDir Path dir) throws Exception {
    Path summary = dir.resolve("summary.md");
    Files.writeString(summary, "previous step\n");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    boolean wrote = new GithubOutput(new MarkdownReportWriter(new Templates()))
        .write(SampleScan.report(), summary.toString(), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertTrue(wrote);
    String md = Files.readString(summary);
    assertTrue(md.startsWith("previous step\n# Deployment Readiness Audit"), "appended, not replaced");
    List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();
    assertEquals(8, lines.size());
    assertTrue(lines.contains("::error file=backend/Dockerfile,line=9,title=security.container.non-root (high)::"
        + "final stage of backend/Dockerfile runs as root Fix: Add a non-root USER to the final stage."), lines.toString());
    assertTrue(lines.contains("::error title=automation.ci.deploy (high)::no workflow deploys Fix: Add a deployment"
        + " workflow (.github/workflows/deploy.yml)."), lines.toString());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("::warning file=docker-compose.yml,line=21,")));
  }

  @Test
  void withoutSummaryFileOnlyAnnotations() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    assertFalse(new GithubOutput(new MarkdownReportWriter(new Templates()))
        .write(SampleScan.report(), null, new PrintStream(bytes, true, StandardCharsets.UTF_8)));
    assertFalse(bytes.toString(StandardCharsets.UTF_8).isEmpty());
  }

  @Test
  void workflowCommandValuesAreEscaped() {
    assertEquals("100%25 done%0A::set-env", GithubOutput.data("100% done\n::set-env"));
    assertEquals("a%3Ab%2Cc", GithubOutput.property("a:b,c"));
  }
}
