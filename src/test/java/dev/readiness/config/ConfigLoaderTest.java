package dev.readiness.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.check.Severity;
import dev.readiness.usage.UsageException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  private static final String FULL = String.join("\n",
      "failUnder: 7.0",
      "failUnderCategory: {security: 6, monitoring: 5.5}",
      "failOn: critical",
      "exclude: [\"vendor/**\", \"examples/**\"]",
      "checks:",
      "  infra.scaling.replicas: {enabled: false}",
      "  security.network.waf: {severity: medium}",
      "suppressions:",
      "  - id: security.container.non-root",
      "    path: tools/Dockerfile",
      "    reason: \"build-only image\"",
      "    expires: 2027-03-01",
      "policies: [\"policies-local/\"]",
      "");

  @Test
  void readsEveryKeyOfTheContract() {
    ReadinessConfig c = ConfigLoader.parse(FULL, ".readiness.yml");
    assertEquals(7.0, c.failUnder());
    assertEquals(6.0, c.failUnderCategory().get("security"));
    assertEquals(5.5, c.failUnderCategory().get("monitoring"));
    assertEquals(Severity.CRITICAL, c.failOn());
    assertEquals(List.of("vendor/**", "examples/**"), c.exclude());
    assertEquals(Boolean.FALSE, c.checks().get("infra.scaling.replicas").enabled());
    assertNull(c.checks().get("infra.scaling.replicas").severity());
    assertEquals(Severity.MEDIUM, c.checks().get("security.network.waf").severity());
    ConfiguredSuppression s = c.suppressions().get(0);
    assertEquals("security.container.non-root", s.id());
    assertEquals("tools/Dockerfile", s.path());
    assertEquals("build-only image", s.reason());
    assertEquals(LocalDate.of(2027, 3, 1), s.expires());
    assertEquals(".readiness.yml:9", s.source());
    assertEquals(List.of("policies-local/"), c.policies());
    assertEquals(6, c.checkLines().get("infra.scaling.replicas"));
  }

  @Test
  void emptyFileIsTheEmptyConfiguration() {
    ReadinessConfig c = ConfigLoader.parse("# nothing here\n", "x.yml");
    assertNull(c.failUnder());
    assertTrue(c.checks().isEmpty());
    assertTrue(c.suppressions().isEmpty());
  }

  @Test
  void unknownKeyNamesFileAndLine() {
    UsageException e = assertThrows(UsageException.class,
        () -> ConfigLoader.parse("failUnder: 7\nfailunder: 8\n", "conf/.readiness.yml"));
    assertTrue(e.getMessage().startsWith("conf/.readiness.yml:2: unknown key 'failunder'"), e.getMessage());
  }

  @Test
  void wrongTypesAndValuesAreUsageErrorsWithTheirLine() {
    assertError("failUnder: high\n", "x.yml:1: failUnder must be a number from 0 to 10");
    assertError("failUnder: 11\n", "x.yml:1: failUnder must be a number from 0 to 10");
    assertError("failOn: severe\n", "x.yml:1: failOn: unknown severity 'severe'");
    assertError("exclude: {a: b}\n", "x.yml:1: exclude must be a list");
    assertError("checks:\n  a.b: {enabled: maybe}\n", "x.yml:2: checks.a.b.enabled must be true or false");
    assertError("checks:\n  a.b: {severity: urgent}\n", "x.yml:2: checks.a.b.severity: unknown severity 'urgent'");
    assertError("checks:\n  a.b: {enable: false}\n", "x.yml:2: unknown key 'enable'");
    assertError("suppressions:\n  - id: a.b\n    reason: r\n    expires: next week\n",
        "x.yml:4: expires must be a date like 2027-03-01");
    assertError("suppressions:\n  - reason: r\n", "x.yml:2: a suppression needs an 'id'");
    assertError("suppressions:\n  - id: a.b\n    path: \"src/[\"\n", "x.yml:3: invalid glob");
    assertError("failUnderCategory: {securty: 5}\n", "x.yml:1: unknown key 'securty'");
    assertError("- just\n- a list\n", "x.yml:1: the configuration must be a mapping");
  }

  @Test
  void invalidYamlIsAUsageErrorWithTheLine() {
    UsageException e = assertThrows(UsageException.class,
        () -> ConfigLoader.parse("failUnder: 7\nchecks:\n  a: [unclosed\n", "x.yml"));
    assertTrue(e.getMessage().startsWith("x.yml:"), e.getMessage());
    assertTrue(e.getMessage().contains("invalid YAML"), e.getMessage());
  }

  @Test
  void unknownCheckIdsAreRejectedOnceTheCatalogIsKnown() {
    ReadinessConfig c = ConfigLoader.parse("checks:\n  security.container.non-rot: {enabled: false}\n", "x.yml");
    UsageException e = assertThrows(UsageException.class,
        () -> ConfigLoader.validateCheckIds(c, List.of("security.container.non-root", "docs.readme")));
    assertEquals("x.yml:2: unknown check ID 'security.container.non-rot' (did you mean 'security.container.non-root'?)",
        e.getMessage());
    ReadinessConfig s = ConfigLoader.parse("suppressions:\n  - {id: nope.nope, reason: r}\n", "x.yml");
    UsageException e2 = assertThrows(UsageException.class,
        () -> ConfigLoader.validateCheckIds(s, List.of("docs.readme")));
    assertTrue(e2.getMessage().startsWith("x.yml:2: suppression names unknown check ID 'nope.nope'"), e2.getMessage());
  }

  @Test
  void missingFileIsAnErrorOnlyWhenNamed(@TempDir Path dir) throws Exception {
    assertThrows(UsageException.class, () -> ConfigLoader.load(dir.resolve("nope.yml"), true));
    assertNull(ConfigLoader.load(dir.resolve(".readiness.yml"), false).file());
    Files.writeString(dir.resolve(".readiness.yml"), "policies: [local]\n");
    ReadinessConfig c = ConfigLoader.load(dir.resolve(".readiness.yml"), false);
    assertEquals(List.of(dir.toAbsolutePath().resolve("local").toString()), c.policies());
    assertFalse(c.file().isEmpty());
  }

  private static void assertError(String yaml, String prefix) {
    UsageException e = assertThrows(UsageException.class, () -> ConfigLoader.parse(yaml, "x.yml"), yaml);
    assertTrue(e.getMessage().startsWith(prefix), "expected '" + prefix + "' but got: " + e.getMessage());
  }
}
