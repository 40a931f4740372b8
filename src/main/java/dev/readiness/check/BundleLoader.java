package dev.readiness.check;

import dev.readiness.policy.PolicyEngine;
import dev.readiness.policy.PolicyException;
import java.nio.file.Path;
import java.time.Duration;

/** Loads an OPA wasm bundle ({@code opa build -t wasm}) as an engine; the seam to the wasm engine. */
@FunctionalInterface
public interface BundleLoader {
  PolicyEngine load(Path bundle, Duration budget) throws PolicyException;
}
