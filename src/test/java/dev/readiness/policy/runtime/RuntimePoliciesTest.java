package dev.readiness.policy.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.policy.PolicyException;
import dev.readiness.policy.rego.RegoPolicyEngine;
import dev.readiness.policy.rego.value.BoolValue;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.Value;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Runs the test_* rules of policies/runtime/*_test.rego through the project's Rego interpreter, like `opa test`. */
class RuntimePoliciesTest {
  private static final Path POLICIES = Path.of("policies");

  private static RegoPolicyEngine engine() throws IOException, PolicyException {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        dev.readiness.policy.rego.builtins.BuiltinRegistry.standard().get("equal").isPresent(),
        "the Rego interpreter's core operators (CoreBuiltins) are not in this build yet");
    RegoPolicyEngine.Builder builder = RegoPolicyEngine.builder();
    List<Path> files = new ArrayList<>();
    files.add(POLICIES.resolve("lib/runtime.rego"));
    files.add(POLICIES.resolve("lib/runtime_fixtures.rego"));
    try (Stream<Path> s = Files.list(POLICIES.resolve("runtime"))) {
      s.filter(p -> p.toString().endsWith(".rego")).sorted().forEach(files::add);
    }
    for (Path f : files) builder.module(f.toString(), Files.readString(f));
    return builder.build();
  }

  @TestFactory
  Stream<DynamicTest> regoTests() throws Exception {
    RegoPolicyEngine engine = engine();
    List<DynamicTest> tests = new ArrayList<>();
    for (String pkg : engine.packages()) {
      if (!pkg.endsWith("_test")) continue;
      for (String rule : engine.ruleNames(pkg)) {
        if (!rule.startsWith("test_")) continue;
        tests.add(DynamicTest.dynamicTest(pkg + "." + rule, () -> {
          Optional<Value> result = engine.evaluate("data." + pkg + "." + rule, ObjectValue.EMPTY);
          assertEquals(Optional.of(BoolValue.TRUE), result, pkg + "." + rule + " failed");
        }));
      }
    }
    assertTrue(tests.size() >= 25, "found only " + tests.size() + " runtime policy tests");
    return tests.stream();
  }

  @Test
  void everyCheckHasItsMetadataAndATestFile() throws Exception {
    List<String> ids = List.of("health", "non_root", "privileges", "restart_policy", "resource_limits", "log_rotation", "drift");
    for (String name : ids) {
      Path policy = POLICIES.resolve("runtime/" + name + ".rego");
      String text = Files.readString(policy);
      assertTrue(text.startsWith("# METADATA\n"), policy + " starts with its METADATA block");
      assertTrue(text.contains("#   id: runtime." + name.replace('_', '-') + "\n"), policy + " declares its id");
      assertTrue(text.contains("package readiness.checks.runtime." + name + "\n"), policy + " package");
      assertTrue(Files.exists(POLICIES.resolve("runtime/" + name + "_test.rego")), name + " has tests");
    }
  }

  @Test
  void everyCheckIsNotApplicableWhenRuntimeIsDisabled() throws Exception {
    RegoPolicyEngine engine = engine();
    Value disabled = dev.readiness.policy.rego.value.Json.parse(
        "{\"runtime\":{\"status\":\"disabled\",\"engine\":null,\"reason\":\"off\",\"containers\":[],\"drift\":[],\"driftCompared\":[]}}");
    for (String pkg : engine.packages()) {
      if (!pkg.startsWith("readiness.checks.runtime.") || pkg.endsWith("_test")) continue;
      assertEquals(Optional.of(BoolValue.FALSE), engine.evaluate("data." + pkg + ".applicable", disabled), pkg);
      assertFalse(engine.evaluate("data." + pkg + ".deny", disabled).map(v -> !v.toString().equals("[]")).orElse(false), pkg);
    }
  }
}
