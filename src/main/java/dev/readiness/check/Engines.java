package dev.readiness.check;

import dev.readiness.policy.rego.RegoPolicyEngine;
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

  static final EngineFactory REGO = (modules, budget) -> {
    RegoPolicyEngine.Builder b = RegoPolicyEngine.builder()
        .builtins(BuiltinRegistry.standard())
        .budget(budget, MAX_STEPS);
    for (PolicyModule m : modules) b.module(m.name(), m.source());
    return b.build();
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
