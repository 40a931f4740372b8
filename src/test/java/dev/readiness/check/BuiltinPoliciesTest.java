package dev.readiness.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.readiness.policy.rego.RegoPolicyEngine;
import dev.readiness.policy.rego.builtins.BuiltinRegistry;
import dev.readiness.policy.rego.value.BoolValue;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.Value;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Runs every Rego unit test ({@code test_*} rules in {@code *_test.rego}) of the built-in policies,
 * as {@code readiness policy test policies/} would, and checks the policy library's conventions.
 */
class BuiltinPoliciesTest {

  @Test
  void everyRegoTestPasses() throws Exception {
    RegoPolicyEngine.Builder b = RegoPolicyEngine.builder().builtins(BuiltinRegistry.standard());
    for (PolicyModule m : PolicySources.builtin(true)) b.module(m.name(), m.source());
    RegoPolicyEngine engine = b.build();
    List<String> failures = new ArrayList<>();
    int passed = 0;
    for (String pkg : engine.packages()) {
      for (String rule : engine.ruleNames(pkg)) {
        if (!rule.startsWith("test_")) continue;
        String name = pkg + "." + rule;
        try {
          Optional<Value> v = engine.evaluate("data." + name, ObjectValue.EMPTY);
          if (v.isPresent() && v.get().equals(BoolValue.of(true))) {
            passed++;
          } else {
            failures.add("FAIL  " + name + (v.isEmpty() ? " (undefined)" : " = " + v.get()));
          }
        } catch (Exception e) {
          failures.add("ERROR " + name + ": " + e.getMessage());
        }
      }
    }
    System.out.println("Rego policy tests: " + passed + " passed, " + failures.size() + " failed");
    if (!failures.isEmpty()) fail(failures.size() + " Rego tests failed:\n" + String.join("\n", failures));
    assertTrue(passed >= 2 * CheckCatalog.builtin().all().size(), "expected at least two tests per check, got " + passed);
  }

  @Test
  void everyCheckFollowsTheContract() {
    List<PolicyModule> modules = PolicySources.builtin(true);
    Set<String> names = new HashSet<>();
    modules.forEach(m -> names.add(m.name()));
    List<String> problems = new ArrayList<>();
    for (PolicyModule m : modules) {
      if (m.name().endsWith("_test.rego")) continue;
      ModuleHeader h = ModuleHeader.read(m);
      if (h.packagePath().startsWith("readiness.lib.")) continue;
      if (h.declaredId() == null) {
        problems.add(m.name() + ": no custom.id in METADATA");
        continue;
      }
      CheckMetadata c = MetadataReader.strict(h);
      String expectedFile = "policies/" + c.category() + "/" + expectedName(c.id()) + ".rego";
      if (!c.id().startsWith("runtime.")) {
        if (!m.name().equals(expectedFile)) problems.add(m.name() + ": expected at " + expectedFile);
        String expectedPkg = "readiness.checks." + c.category() + "." + expectedName(c.id());
        if (!h.packagePath().equals(expectedPkg)) problems.add(m.name() + ": package should be " + expectedPkg);
      }
      if (c.title().equals(c.id()) || c.description().isBlank()) problems.add(m.name() + ": title and description are required");
      if (c.evidence().isEmpty()) problems.add(m.name() + ": evidence list is empty");
      if (c.remediation().isBlank()) problems.add(m.name() + ": remediation is empty");
      if (!names.contains(m.name().replace(".rego", "_test.rego"))) problems.add(m.name() + ": no _test.rego beside it");
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void catalogCoversEveryCategory() {
    CheckCatalog catalog = CheckCatalog.builtin();
    for (String category : dev.readiness.check.Categories.SCORED) {
      assertFalse(catalog.inCategory(category).isEmpty(), "no check in " + category);
    }
    assertTrue(catalog.find("security.container.non-root").isPresent());
  }

  // infra.compose.depends-on -> compose_depends_on; docs.readme -> readme (the category part is the folder).
  private static String expectedName(String id) {
    String rest = id.substring(id.indexOf('.') + 1);
    return rest.replace('.', '_').replace('-', '_');
  }
}
