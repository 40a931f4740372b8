package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.check.CheckCatalog;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class RulesAndExplainCommandTest {
  private record Run(int exit, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cl = Main.newCommandLine();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void rulesListsEveryCheck() {
    Run r = run("rules");
    assertEquals(0, r.exit());
    int checks = CheckCatalog.builtin().all().size();
    assertTrue(r.out().contains("infra.compose.present") && r.out().contains("critical"), r.out());
    assertTrue(r.out().contains(checks + " checks"), r.out());
  }

  @Test
  void rulesFiltersByCategoryAsJson() throws IOException {
    Run r = run("rules", "--format", "json", "--category", "security");
    assertEquals(0, r.exit(), r.err());
    JsonNode rows = new ObjectMapper().readTree(r.out());
    assertTrue(rows.size() > 5);
    for (JsonNode row : rows) {
      assertEquals("security", row.get("category").asText());
      String id = row.get("id").asText();
      assertTrue(id.startsWith("security.") || id.startsWith("runtime."), id);
      assertTrue(row.has("fixable") && row.has("severity") && row.has("title"));
    }
  }

  @Test
  void unknownCategoryIsAUsageError() {
    assertEquals(ExitCodes.USAGE, run("rules", "--category", "nope").exit());
  }

  @Test
  void explainPrintsTheMetadata() {
    Run r = run("explain", "automation.deploy.rollback");
    assertEquals(0, r.exit());
    assertTrue(r.out().startsWith("automation.deploy.rollback - A rollback path exists"), r.out());
    assertTrue(r.out().contains("Evidence accepted:"));
    assertTrue(r.out().contains("How to fix:"));
    assertTrue(r.out().contains("readiness fix: yes"));
  }

  @Test
  void userPoliciesAreListedAndExplained(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("owners.rego"), """
        # METADATA
        # title: CODEOWNERS exists
        # description: Every change has a reviewer.
        # custom:
        #   id: acme.codeowners
        #   category: documentation
        #   severity: low
        #   remediation: Add .github/CODEOWNERS.
        package acme.codeowners

        import rego.v1

        deny contains "no CODEOWNERS" if false
        """);
    Run rules = run("rules", "--policy", dir.toString(), "--category", "documentation");
    assertEquals(0, rules.exit(), rules.err());
    assertTrue(rules.out().contains("acme.codeowners"), rules.out());
    Run explain = run("explain", "acme.codeowners", "--policy", dir.toString());
    assertEquals(0, explain.exit(), explain.err());
    assertTrue(explain.out().contains("Add .github/CODEOWNERS."), explain.out());
  }

  @Test
  void rulesTakesTheSelectionOfScanAndFix() throws IOException {
    Run r = run("rules", "--format", "json", "--only", "security", "--skip", "security.secrets");
    assertEquals(0, r.exit(), r.err());
    JsonNode rows = new ObjectMapper().readTree(r.out());
    assertTrue(rows.size() > 3, r.out());
    for (JsonNode row : rows) {
      assertEquals("security", row.get("category").asText());
      assertTrue(!row.get("id").asText().startsWith("security.secrets."), row.toString());
    }
    Run bad = run("rules", "--only", "security.container.non-rot");
    assertEquals(ExitCodes.USAGE, bad.exit());
    assertTrue(bad.err().contains("--only: no check matches 'security.container.non-rot'; did you mean: security.container.non-root"),
        bad.err());
  }

  @Test
  void fixRejectsAnUnknownCheckAndTakesACategory(@TempDir Path repo) throws IOException {
    Files.writeString(repo.resolve("README.md"), "# demo\n");
    Run bad = run("fix", repo.toString(), "--only", "bogus.check");
    assertEquals(ExitCodes.USAGE, bad.exit(), bad.out());
    assertTrue(bad.err().contains("--only: no check matches 'bogus.check'"), bad.err());
    Run category = run("fix", repo.toString(), "--only", "documentation", "--no-diff");
    assertEquals(0, category.exit(), category.err());
  }

  @Test
  void explainUnknownIdSuggestsCloseOnes() {
    Run r = run("explain", "security.container.nonroot");
    assertEquals(ExitCodes.USAGE, r.exit());
    assertTrue(r.err().contains("security.container.non-root"), r.err());
  }

  /**
   * Generates docs/checks.md from METADATA (the same text as {@code readiness rules --format md}); it
   * is rewritten whenever a check changes, so the committed copy is never edited by hand.
   */
  @Test
  void generatesTheChecksDocument() throws IOException {
    Path doc = Path.of("docs/checks.md");
    String generated = run("rules", "--format", "md").out();
    CheckCatalog.builtin().all().forEach(c -> assertTrue(generated.contains("`" + c.id() + "`"), c.id()));
    if (!Files.exists(doc) || !Files.readString(doc, StandardCharsets.UTF_8).equals(generated)) {
      Files.writeString(doc, generated, StandardCharsets.UTF_8);
      System.out.println("docs/checks.md regenerated from METADATA: commit it");
    }
  }
}
