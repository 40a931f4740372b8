package dev.readiness.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.discover.DiscoveryOptions;
import dev.readiness.input.ScanOptions;
import dev.readiness.input.ScanPipeline;
import dev.readiness.policy.PolicyEngine;
import dev.readiness.policy.PolicyException;
import dev.readiness.policy.rego.RegoPolicyEngine;
import dev.readiness.policy.rego.value.Json;
import dev.readiness.policy.rego.value.Value;
import dev.readiness.scan.runtime.RuntimeOptions;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The built-in library compiled at build time is the library compiled from its sources now. */
class BuiltinLibraryTest {

  @Test
  void storedLibraryIsAFreshCompileOfThePolicySources() throws Exception {
    assertTrue(BuiltinLibrary.stored().isPresent(),
        BuiltinLibrary.RESOURCE + " is missing or stale in the classes directory (mvn process-classes writes it)");
    byte[] stored;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(BuiltinLibrary.RESOURCE)) {
      stored = in.readAllBytes();
    }
    // byte for byte: sources, headers, and the compiled modules with their closure variables
    assertArrayEquals(BuiltinLibrary.build(PolicySources.builtinSources()), stored);
    assertEquals(PolicySources.builtinSources(), PolicySources.builtin());
  }

  @Test
  void headersAreThoseReadFromTheSources() {
    for (PolicyModule m : PolicySources.builtinSources()) {
      assertEquals(ModuleHeader.read(m), BuiltinLibrary.header(m), m.name());
    }
  }

  @Test
  void aModuleWithABuiltinNameButOtherSourceIsReadFromItsSource() {
    PolicyModule builtin = PolicySources.builtin().get(0);
    PolicyModule other = new PolicyModule(builtin.name(), "package other.place\n\ndeny contains \"x\" if false\n");
    assertEquals("other.place", BuiltinLibrary.header(other).packagePath());
  }

  @Test
  void theStoredPolicyServesOnlyTheExactBuiltinModules() throws PolicyException {
    RegoPolicyEngine.Builder settings = RegoPolicyEngine.builder();
    List<PolicyModule> all = PolicySources.builtin();
    assertTrue(BuiltinLibrary.engine(all, settings).isPresent());
    List<PolicyModule> fewer = all.subList(1, all.size());
    assertTrue(BuiltinLibrary.engine(fewer, settings).isEmpty());
    // any other set (a user's policies beside the library's modules) is compiled from its sources
    try (PolicyEngine engine = Engines.REGO.compileBuiltin(fewer, Duration.ofSeconds(10));
         PolicyEngine fromSource = Engines.REGO.compile(fewer, Duration.ofSeconds(10))) {
      assertEquals(fromSource.entrypoints(), engine.entrypoints());
    }
  }

  @Test
  void checksGiveTheSameResultsFromTheStoredAndAFreshlyCompiledLibrary() {
    Value input = Json.fromJava(new ScanPipeline(new ScanOptions(Path.of("examples/mvp-stack"), List.of(),
        DiscoveryOptions.DEFAULT_SIZE_CAP, RuntimeOptions.off())).run());
    EngineFactory compileOnly = new EngineFactory() {
      @Override
      public PolicyEngine compile(List<PolicyModule> modules, Duration budget) throws PolicyException {
        return Engines.REGO.compile(modules, budget);
      }
    };
    CheckRun stored;
    CheckRun fresh;
    try (CheckRunner runner = CheckRunner.create(RunnerOptions.builtinOnly())) {
      stored = runner.run(input);
    }
    try (CheckRunner runner = CheckRunner.create(RunnerOptions.builtinOnly(), compileOnly, Engines.WASM,
        Engines.DOCKERFILE_VIEW)) {
      fresh = runner.run(input);
    }
    assertEquals(70, stored.results().size(), "the example runs every built-in check");
    assertEquals(fresh.results(), stored.results());
    assertEquals(fresh.diagnostics(), stored.diagnostics());
  }

  @Test
  void theLibraryIsReadOncePerJvm() {
    assertSame(BuiltinLibrary.stored().get(), BuiltinLibrary.stored().get());
  }
}
