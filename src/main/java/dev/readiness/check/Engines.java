package dev.readiness.check;

import dev.readiness.policy.PolicyEngine;
import dev.readiness.policy.PolicyException;
import dev.readiness.policy.rego.RegoPolicyEngine;
import dev.readiness.policy.rego.value.Value;
import java.time.Duration;
import dev.readiness.policy.rego.builtins.BuiltinRegistry;
import dev.readiness.policy.rego.value.Json;
import dev.readiness.policy.wasm.WasmPolicyEngine;
import dev.readiness.scan.dockerfile.ConftestCommand;
import dev.readiness.scan.dockerfile.DockerfileParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The default engines the runner uses: the project's Rego interpreter and the OPA wasm engine. */
final class Engines {
  /** Step budget of one evaluation; the wall-clock budget comes from the runner options. */
  static final long MAX_STEPS = RegoPolicyEngine.DEFAULT_MAX_STEPS;

  static final EngineFactory REGO = new EngineFactory() {
    @Override
    public PolicyEngine compile(List<PolicyModule> modules, Duration budget) throws PolicyException {
      return compile(modules, budget, null, false);
    }

    @Override
    public PolicyEngine compileBuiltin(List<PolicyModule> modules, Duration budget) throws PolicyException {
      Optional<RegoPolicyEngine> stored = BuiltinLibrary.engine(modules, settings(budget, null));
      return stored.isPresent() ? stored.get() : compile(modules, budget);
    }

    @Override
    public PolicyEngine compile(List<PolicyModule> modules, Duration budget, Value data, boolean v0) throws PolicyException {
      RegoPolicyEngine.Builder b = settings(budget, data);
      // the built-in library is Rego v1 whatever the user policies are written in
      for (PolicyModule m : modules) b.module(m.name(), m.source(), v0 && !m.name().startsWith(PolicySources.BUILTIN_ROOT + "/"));
      return b.build();
    }

    private RegoPolicyEngine.Builder settings(Duration budget, Value data) {
      return RegoPolicyEngine.builder().builtins(BuiltinRegistry.standard()).budget(budget, MAX_STEPS).data(data);
    }
  };

  /** Bundles get the same wall-clock budget per evaluation as Rego checks: a wasm policy that never returns is interrupted. */
  static final BundleLoader WASM = WasmPolicyEngine::load;

  /** conftest's Dockerfile input: the Dockerfile parser's instruction list ({Cmd, Flags, Value, Stage, ...}). */
  static final ConftestInputs.DockerfileView DOCKERFILE_VIEW = (file, text) -> {
    List<Object> commands = new ArrayList<>();
    for (ConftestCommand c : DockerfileParser.parse(text).conftestView()) commands.add(c.asMap());
    return Optional.of(Json.fromJava(commands));
  };

  private Engines() {}
}
