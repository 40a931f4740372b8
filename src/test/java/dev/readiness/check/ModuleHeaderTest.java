package dev.readiness.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModuleHeaderTest {

  @Test
  void readsPackageAndMetadata() {
    String src = String.join("\n",
        "# METADATA",
        "# title: Thing is set",
        "# description: >-",
        "#   Long text",
        "#   on two lines.",
        "# custom:",
        "#   id: demo.thing",
        "#   category: security",
        "#   severity: low",
        "#   evidence:",
        "#     - a",
        "#     - b",
        "#   fixable: true",
        "package readiness.checks.security.thing",
        "",
        "import rego.v1");
    ModuleHeader h = ModuleHeader.read(new PolicyModule("p/thing.rego", src));
    assertEquals("readiness.checks.security.thing", h.packagePath());
    assertEquals(14, h.packageLine());
    CheckMetadata m = MetadataReader.strict(h);
    assertEquals("demo.thing", m.id());
    assertEquals("Long text on two lines.", m.description());
    assertEquals(List.of("a", "b"), m.evidence());
    assertEquals(Severity.LOW, m.severity());
    assertTrue(m.fixable());
  }

  @Test
  void modulesWithoutMetadataAreLenientCustomChecks() {
    ModuleHeader h = ModuleHeader.read(new PolicyModule("p.rego", "package main\n\ndeny contains \"x\" if true\n"));
    CheckMetadata m = MetadataReader.lenient(h, false);
    assertEquals("main", m.id());
    assertEquals("custom", m.category());
    assertEquals(Severity.MEDIUM, m.severity());
    assertEquals(Severity.LOW, MetadataReader.lenient(h, true).severity());
  }

  @Test
  void incompleteBuiltinMetadataNamesTheFile() {
    ModuleHeader h = ModuleHeader.read(new PolicyModule("bad.rego", "# METADATA\n# custom:\n#   id: a.b\npackage x\n"));
    InvalidPolicyException e = assertThrows(InvalidPolicyException.class, () -> MetadataReader.strict(h));
    assertTrue(e.getMessage().startsWith("bad.rego:4:1: "), e.getMessage());
  }

  @Test
  void invalidYamlIsReportedAtItsLine() {
    InvalidPolicyException e = assertThrows(InvalidPolicyException.class,
        () -> ModuleHeader.read(new PolicyModule("bad.rego", "# METADATA\n# title: [unclosed\npackage x\n")));
    assertTrue(e.getMessage().startsWith("bad.rego:2:1: "), e.getMessage());
  }
}
