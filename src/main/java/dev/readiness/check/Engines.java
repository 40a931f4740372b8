package dev.readiness.check;

import dev.readiness.policy.PolicyException;

/** The default engines the runner uses: the project's Rego interpreter and the OPA wasm engine. */
final class Engines {
  // SEAM: replaced by RegoPolicyEngine once the interpreter lands on this branch.
  static final EngineFactory REGO = (modules, budget) -> {
    throw new PolicyException("engine_unavailable", "the Rego interpreter is not available in this build", null);
  };

  // SEAM: replaced by dev.readiness.policy.wasm.WasmPolicyEngine once the wasm engine lands.
  static final BundleLoader WASM = (bundle, budget) -> {
    throw new PolicyException("engine_unavailable", "OPA wasm bundles are not supported in this build", null);
  };

  // SEAM: replaced by the Dockerfile scanner's conftest view once it lands.
  static final ConftestInputs.DockerfileView DOCKERFILE_VIEW = ConftestInputs.DockerfileView.NONE;

  private Engines() {}
}
