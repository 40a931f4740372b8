package dev.readiness.scan.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.scan.repo.RepoFacts.Doc;
import dev.readiness.scan.repo.RepoFacts.DocTopic;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Docs are judged by what their sections instruct, not by their headings. */
class DocsReaderTest {
  private static Set<String> topics(Doc d) {
    TreeSet<String> out = new TreeSet<>();
    for (DocTopic t : d.topics()) out.add(t.topic());
    return out;
  }

  @Test
  void aGuideWithInstallConfigureUpgradeAndRestoreInstructions() {
    Doc d = DocsReader.parse("docs/setup.md", String.join("\n",
        "# Installation",
        "",
        "```bash",
        "curl -L https://example.org/install.sh | bash",
        "docker compose up -d",
        "```",
        "",
        "## Configuration",
        "",
        "| Variable | Meaning |",
        "|---|---|",
        "| APP_SECRET_KEY | signing key |",
        "| APP_DB_URL | database |",
        "| APP_TIME_ZONE | zone |",
        "",
        "## Upgrading",
        "",
        "```",
        "docker compose pull",
        "docker compose up -d",
        "```",
        "",
        "## Restoring",
        "",
        "```",
        "docker compose exec -T db pg_restore -d app < app.dump",
        "```",
        ""));
    assertEquals(Set.of("install", "configure", "upgrade", "restore"), topics(d));
    assertEquals(List.of("APP_DB_URL", "APP_SECRET_KEY", "APP_TIME_ZONE"), d.envVars());
    DocTopic restore = d.topics().stream().filter(t -> t.topic().equals("restore")).findFirst().orElseThrow();
    assertEquals(23, restore.line());
  }

  @Test
  void headingsWithoutInstructionsAreNotTopics() {
    Doc d = DocsReader.parse("README.md", "# App\n\n## Deployment\n\nSee our website.\n\n## Backups\n\nTODO\n");
    assertEquals(Set.of(), topics(d));
  }

  @Test
  void developmentSectionsAndSourceCodeFencesAreNotOperations() {
    Doc d = DocsReader.parse("README.md", String.join("\n",
        "## Local development", "", "```", "docker compose up --build", "```", "",
        "## Recovery", "", "```go", "import \"recover\"", "func restore() {}", "```", ""));
    assertEquals(Set.of(), topics(d));
  }

  @Test
  void aSectionInheritsTheTopicOfTheDocAndHeadingsAboveIt() {
    Doc d = DocsReader.parse("docs/troubleshooting.md", String.join("\n",
        "# Troubleshooting", "", "## Consumer does not start", "", "```", "docker compose logs consumer", "```", ""));
    assertTrue(topics(d).contains("troubleshoot"), d.topics()::toString);
  }

  @Test
  void releaseEntriesAreVersionOrDatedHeadings() {
    assertEquals(3, DocsReader.parse("CHANGELOG.md", "# Changelog\n\n## v2.1.0\n\n- x\n\n## [2.0.0] - 2024-01-02\n\n## stable-10008\n").releaseEntries());
    assertEquals(0, DocsReader.parse("CHANGELOG.md", "# Changelog\n\nThis file is no longer kept; see the commits.\n").releaseEntries());
  }

  @Test
  void anInstallerPipedToAShellIsARunCommand() {
    assertTrue(DocsReader.parse("README.md", "```\nbash -c \"$(curl -L https://x.org/install.sh)\"\n```\n").hasRunCommand());
  }

  @Test
  void proceduresNeedCommandsAndToolRunsAreNotInstalls() {
    Doc d = DocsReader.parse("README.md", String.join("\n",
        "## Deploy to production", "", "There are many ways to deploy this app to production, and which one you pick depends on your",
        "hosting provider, your budget and your team; our course walks through a complete deployment on a VPS with",
        "everything you need to know about servers, domains, certificates and monitoring in great detail.", "",
        "## Updating dependencies", "", "```", "./run deps:install", "```", "",
        "## Certificates", "", "```", "docker run -it --rm certbot/certbot certonly --standalone -d example.org", "```", ""));
    assertEquals(Set.of("tls"), topics(d), d.topics()::toString);
  }

  @Test
  void aDumpLoadedWithPsqlIsARestoreEvenUnnamed() {
    Doc d = DocsReader.parse("upgrade/postgres.md", "## 8. Import data\n\n```\ndocker compose exec db sh -c \"psql -U postgres -d app < app.bak\"\n```\n");
    assertTrue(topics(d).contains("restore"), d.topics()::toString);
  }
}
