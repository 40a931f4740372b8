package dev.readiness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.testing.TestRepo;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import picocli.CommandLine;

class InspectCommandTest {
  @TempDir Path dir;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    CommandLine cl = Main.newCommandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  private void sampleRepo() {
    new TestRepo(dir)
        .file("docker-compose.yml", "services:\n  web:\n    build: .\n    environment:\n      SECRET_KEY: Hq8d92kLmz03PqWx\n  db:\n    image: postgres:16\n")
        .file("Dockerfile", "FROM python:3.12\n")
        .file(".env.production", "SECRET_KEY=rT5uV7wX9yZ1aB3c\n")
        .file("node_modules/x/compose.yaml", "services: {}\n");
  }

  @Test
  void printsTheDocumentAsJsonWithNullsAndWithoutSecrets() throws Exception {
    sampleRepo();
    Run r = run("inspect", dir.toString(), "--docker", "off");
    assertEquals(0, r.code(), r.err());
    JsonNode doc = new ObjectMapper().readTree(r.out());
    assertEquals(1, doc.get("schemaVersion").asInt());
    assertEquals(dir.toRealPath().toString(), doc.get("target").get("path").asText());
    assertTrue(doc.get("target").has("gitCommit") && doc.get("target").get("gitCommit").isNull(), "absent facts are null, not missing");
    assertEquals(3, doc.get("files").size(), "node_modules is not walked: " + doc.get("files"));
    JsonNode web = doc.get("compose").get("projects").get(0).get("configs").get(0).get("services").get(1);
    assertEquals("web", web.get("name").asText());
    assertTrue(web.get("image").isNull());
    assertEquals("secret", web.get("environment").get(0).get("kind").asText());
    assertEquals("secret", doc.get("envFiles").get(0).get("keys").get(0).get("kind").asText());
    assertFalse(r.out().contains("Hq8d92kLmz03PqWx") || r.out().contains("rT5uV7wX9yZ1aB3c"), "a secret value leaked");
    for (String field : new String[] {"compose", "dockerfiles", "envFiles", "workflows", "repo", "runtime", "diagnostics"}) {
      assertTrue(doc.has(field), "missing top-level field " + field);
    }
  }

  @Test
  void printsTheSameTreeAsYaml() throws Exception {
    sampleRepo();
    Run json = run("inspect", dir.toString(), "--docker", "off");
    Run yaml = run("inspect", dir.toString(), "--docker", "off", "--format", "yaml");
    assertEquals(0, yaml.code(), yaml.err());
    Map<?, ?> fromYaml = new Yaml().load(yaml.out());
    Map<?, ?> fromJson = new ObjectMapper().readValue(json.out(), Map.class);
    assertEquals(fromJson, fromYaml);
  }

  @Test
  void honoursExcludes() throws Exception {
    sampleRepo();
    Run r = run("inspect", dir.toString(), "--docker", "off", "--exclude", "Dockerfile,*.production");
    JsonNode files = new ObjectMapper().readTree(r.out()).get("files");
    assertEquals(1, files.size(), files.toString());
    assertEquals("docker-compose.yml", files.get(0).get("path").asText());
  }

  @Test
  void honoursConfigExcludes() throws Exception {
    sampleRepo();
    new TestRepo(dir).file(".readiness.yml", "exclude: [\"Dockerfile\"]\n");
    JsonNode files = new ObjectMapper().readTree(run("inspect", dir.toString(), "--docker", "off").out()).get("files");
    assertEquals(3, files.size(), files.toString());
    assertEquals(2, run("inspect", dir.toString(), "--config", dir.resolve("missing.yml").toString()).code());
  }

  @Test
  void missingPathAndBadFlagsExitWithTwo() {
    Run missing = run("inspect", dir.resolve("nope").toString());
    assertEquals(2, missing.code());
    assertTrue(missing.err().contains("path not found"), missing.err());
    assertEquals(2, run("inspect", dir.toString(), "--format", "xml").code());
    assertEquals(2, run("inspect", dir.toString(), "--docker", "maybe").code());
  }
}
