package dev.readiness.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.discover.DiscoveryOptions;
import dev.readiness.input.InputDocument;
import dev.readiness.input.ScanOptions;
import dev.readiness.input.ScanPipeline;
import dev.readiness.scan.runtime.RuntimeOptions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scans every fixture repository (and the bundled example) end to end and pins the status of every
 * check on each: a change in a scanner or a policy that alters a verdict fails here, and the table is
 * updated on purpose. Runtime checks are n/a because the scans run with --docker off.
 *
 * <p>{@code mvn test -Dtest=FixtureStatusTest -Dupdate=true} rewrites TABLE below from the current
 * verdicts (rows in check order, columns aligned); review the diff before committing it.
 */
class FixtureStatusTest {
  private static final String TABLE = """
      check                                  python-fastapi  node-express  java-spring  well-run  mvp-stack
      infra.compose.build-context            pass            pass          pass         pass      warn
      infra.compose.depends-on               fail            pass          pass         pass      pass
      infra.compose.healthy-startup          fail            fail          pass         pass      fail
      infra.compose.networks                 fail            fail          pass         pass      pass
      infra.compose.orchestration            pass            pass          pass         pass      pass
      infra.compose.persistent-volumes       warn            fail          pass         pass      pass
      infra.compose.present                  pass            pass          pass         pass      pass
      infra.compose.production-override      fail            fail          fail         pass      fail
      infra.compose.resource-limits          fail            fail          fail         pass      fail
      infra.compose.restart-policy           fail            pass          pass         pass      fail
      infra.database.pooling                 pass            n/a           pass         pass      pass
      infra.deploy.targets                   fail            fail          pass         pass      fail
      infra.dockerfile.coverage              pass            pass          pass         pass      warn
      infra.dockerfile.multi-stage           n/a             n/a           pass         pass      pass
      infra.dockerfile.production-optimized  fail            pass          pass         pass      pass
      infra.dockerignore                     fail            pass          pass         pass      pass
      infra.env.runtime-file                 fail            fail          pass         pass      fail
      infra.image.pinned                     warn            pass          pass         pass      pass
      infra.proxy                            fail            fail          fail         pass      warn
      infra.scaling.replicas                 fail            fail          pass         pass      fail
      infra.scaling.stateless                pass            pass          pass         pass      pass
      runtime.drift                          n/a             n/a           n/a          n/a       n/a
      runtime.resource-limits                n/a             n/a           n/a          n/a       n/a
      runtime.restart-policy                 n/a             n/a           n/a          n/a       n/a
      automation.backup                      fail            fail          fail         pass      fail
      automation.ci.deploy                   fail            fail          fail         pass      fail
      automation.ci.image-build              fail            pass          warn         pass      fail
      automation.ci.tests                    pass            pass          pass         pass      pass
      automation.dependency-updates          fail            pass          fail         pass      fail
      automation.deploy.health-verification  fail            fail          fail         pass      fail
      automation.deploy.rollback             fail            fail          fail         pass      fail
      automation.deploy.script               fail            fail          fail         pass      pass
      automation.migrations.configured       pass            n/a           pass         pass      pass
      automation.migrations.in-deploy        fail            n/a           pass         pass      pass
      automation.migrations.reversible       fail            n/a           fail         pass      fail
      runtime.non-root                       n/a             n/a           n/a          n/a       n/a
      runtime.privileges                     n/a             n/a           n/a          n/a       n/a
      security.ci.actions-pinned             n/a             fail          fail         pass      n/a
      security.ci.image-scanning             fail            fail          pass         pass      fail
      security.ci.permissions                fail            pass          fail         pass      fail
      security.container.hardening           fail            fail          fail         pass      fail
      security.container.non-root            fail            pass          pass         pass      fail
      security.container.privileges          pass            pass          pass         pass      pass
      security.dockerfile.secrets            pass            pass          pass         pass      pass
      security.env.gitignored                n/a             n/a           n/a          n/a       fail
      security.network.cors                  fail            pass          warn         pass      pass
      security.network.exposed-datastores    warn            pass          pass         pass      fail
      security.network.tls                   fail            fail          fail         pass      pass
      security.network.waf                   fail            fail          fail         pass      fail
      security.secrets.committed             pass            pass          pass         pass      pass
      security.secrets.management            fail            fail          fail         pass      fail
      security.secrets.placeholders          warn            pass          fail         pass      fail
      monitoring.alerting                    fail            fail          fail         pass      fail
      monitoring.apm                         fail            fail          fail         pass      fail
      monitoring.dashboards                  fail            fail          fail         pass      fail
      monitoring.healthcheck.endpoint        pass            pass          pass         pass      pass
      monitoring.healthcheck.services        warn            warn          pass         pass      fail
      monitoring.logging.centralized         fail            fail          fail         pass      fail
      monitoring.logging.rotation            fail            fail          fail         pass      fail
      monitoring.logging.stdout              pass            pass          pass         pass      fail
      monitoring.metrics                     fail            warn          warn         pass      warn
      runtime.health                         n/a             n/a           n/a          n/a       n/a
      runtime.log-rotation                   n/a             n/a           n/a          n/a       n/a
      docs.architecture                      fail            fail          fail         pass      fail
      docs.changelog                         fail            pass          fail         pass      fail
      docs.deployment                        warn            warn          warn         pass      warn
      docs.env-template                      pass            fail          n/a          pass      fail
      docs.readme                            pass            pass          pass         pass      pass
      docs.runbook                           fail            fail          fail         pass      fail
      docs.security-policy                   fail            fail          fail         pass      fail
      """;

  private static final Map<String, Path> REPOS = new LinkedHashMap<>();

  static {
    for (String name : List.of("python-fastapi", "node-express", "java-spring", "well-run")) {
      REPOS.put(name, Path.of("src/test/resources/repos", name));
    }
    REPOS.put("mvp-stack", Path.of("examples/mvp-stack"));
  }

  private static CheckRunner runner;

  @BeforeAll
  static void load() {
    runner = CheckRunner.create(RunnerOptions.builtinOnly());
  }

  @AfterAll
  static void close() {
    runner.close();
  }

  private static Map<String, Map<String, String>> expected() {
    List<String> lines = TABLE.strip().lines().toList();
    List<String> columns = List.of(lines.get(0).trim().split("\\s+"));
    Map<String, Map<String, String>> out = new LinkedHashMap<>();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.trim().split("\\s+");
      assertEquals(columns.size(), cells.length, "malformed table row: " + line);
      for (int i = 1; i < cells.length; i++) out.computeIfAbsent(columns.get(i), k -> new LinkedHashMap<>()).put(cells[0], cells[i]);
    }
    return out;
  }

  private static final Map<Path, Map<String, String>> SCANNED = new java.util.HashMap<>();

  // Each fixture is scanned once per test class run: both tests read the same statuses.
  private static Map<String, String> statuses(Path repo) {
    return SCANNED.computeIfAbsent(repo, FixtureStatusTest::scan);
  }

  private static Map<String, String> scan(Path repo) {
    InputDocument doc = new ScanPipeline(new ScanOptions(repo, List.of(), DiscoveryOptions.DEFAULT_SIZE_CAP, RuntimeOptions.off())).run();
    CheckRun run = runner.run(doc);
    assertEquals(List.of(), run.diagnostics(), "policy diagnostics on " + repo);
    Map<String, String> out = new LinkedHashMap<>();
    run.results().forEach(r -> out.put(r.metadata().id(), r.status().id()));
    return out;
  }

  @Test
  void everyCheckHasTheExpectedStatusOnEveryFixture() throws java.io.IOException {
    if (Boolean.getBoolean("update")) {
      Path source = Path.of("src/test/java/dev/readiness/check/FixtureStatusTest.java");
      Files.writeString(source, withTable(Files.readString(source), table()));
      System.out.println(source + ": TABLE rewritten from the current verdicts; review the diff and commit it");
      return;
    }
    Map<String, Map<String, String>> expected = expected();
    assertEquals(REPOS.keySet(), expected.keySet());
    List<String> mismatches = new ArrayList<>();
    for (Map.Entry<String, Path> repo : REPOS.entrySet()) {
      assertTrue(Files.isDirectory(repo.getValue()), "missing fixture " + repo.getValue());
      Map<String, String> actual = statuses(repo.getValue());
      Map<String, String> want = expected.get(repo.getKey());
      for (String id : new TreeSet<>(actual.keySet())) {
        if (!want.containsKey(id)) mismatches.add(repo.getKey() + ": " + id + " is not in the table (got " + actual.get(id) + ")");
        else if (!want.get(id).equals(actual.get(id))) {
          mismatches.add(repo.getKey() + ": " + id + " expected " + want.get(id) + " but was " + actual.get(id));
        }
      }
      for (String id : want.keySet()) {
        if (!actual.containsKey(id)) mismatches.add(repo.getKey() + ": " + id + " is in the table but no such check ran");
      }
    }
    assertEquals(List.of(), mismatches, "verdicts changed; if on purpose, rerun with -Dupdate=true and review the diff");
  }

  /** The table of the current verdicts: one row per check (in check order), one column per fixture. */
  static String table() {
    Map<String, Map<String, String>> columns = new LinkedHashMap<>();
    REPOS.forEach((name, repo) -> columns.put(name, statuses(repo)));
    List<String> ids = new ArrayList<>(columns.values().iterator().next().keySet());
    int idWidth = Math.max("check".length(), ids.stream().mapToInt(String::length).max().orElse(0)) + 2;
    StringBuilder b = new StringBuilder(pad("check", idWidth));
    List<String> names = new ArrayList<>(columns.keySet());
    for (int i = 0; i < names.size(); i++) b.append(i == names.size() - 1 ? names.get(i) : pad(names.get(i), names.get(i).length() + 2));
    b.append('\n');
    for (String id : ids) {
      StringBuilder row = new StringBuilder(pad(id, idWidth));
      for (int i = 0; i < names.size(); i++) {
        String cell = columns.get(names.get(i)).getOrDefault(id, "-");
        row.append(i == names.size() - 1 ? cell : pad(cell, names.get(i).length() + 2));
      }
      b.append(row.toString().stripTrailing()).append('\n');
    }
    return b.toString();
  }

  /** The test's source with the TABLE text block replaced. */
  static String withTable(String source, String table) {
    String open = "TABLE = \"\"\"\n";
    int start = source.indexOf(open);
    int end = source.indexOf("      \"\"\";", start);
    if (start < 0 || end < 0) throw new IllegalStateException("TABLE text block not found");
    StringBuilder body = new StringBuilder();
    for (String line : table.split("\n")) body.append("      ").append(line).append('\n');
    return source.substring(0, start + open.length()) + body + source.substring(end);
  }

  private static String pad(String s, int width) {
    return s.length() >= width ? s + " " : s + " ".repeat(width - s.length());
  }

  @Test
  void theUpdateSwitchRewritesOnlyTheTable() {
    String source = "class X {\n  private static final String TABLE = \"\"\"\n      old  row\n      \"\"\";\n  int y;\n}\n";
    String updated = withTable(source, "check  a\nx.y    pass\n");
    assertEquals("class X {\n  private static final String TABLE = \"\"\"\n      check  a\n      x.y    pass\n      \"\"\";\n  int y;\n}\n",
        updated);
  }

  @Test
  void wellRunRepositoryPassesEveryApplicableCheck() {
    statuses(REPOS.get("well-run")).forEach((id, status) ->
        assertTrue(status.equals("pass") || status.equals("n/a"), id + " is " + status + " on well-run"));
  }
}
