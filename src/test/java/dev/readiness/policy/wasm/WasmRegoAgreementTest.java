package dev.readiness.policy.wasm;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readiness.policy.rego.RegoPolicyEngine;
import dev.readiness.policy.rego.builtins.BuiltinRegistry;
import dev.readiness.policy.rego.value.Json;
import dev.readiness.policy.rego.value.Value;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The same policy, data and input give the same decision through the Rego interpreter and through OPA's wasm. */
class WasmRegoAgreementTest {
  @TempDir Path tmp;

  @Test
  void demoPolicyDecisionsAgree() throws Exception {
    Assumptions.assumeTrue(BuiltinRegistry.standard().get("equal").isPresent(),
        "the Rego interpreter's core operators (CoreBuiltins) are not in this build yet");
    String source;
    try (InputStream in = getClass().getResourceAsStream("/wasm/demo-policy.rego")) {
      source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    Value data = Json.parse(WasmPolicyEngineTest.ROLES);
    RegoPolicyEngine rego = RegoPolicyEngine.builder().module("demo-policy.rego", source).data(data).build();
    try (WasmPolicyEngine wasm = WasmPolicyEngine.load(WasmPolicyEngineTest.demoBundle(tmp))) {
      for (String input : List.of("{\"user\":\"alice\"}", "{\"user\":\"bob\"}", "{\"user\":\"nobody\"}", "{}",
          "{\"user\":[\"alice\"]}")) {
        Value in = Json.parse(input);
        assertEquals(rego.evaluate(WasmPolicyEngineTest.DEMO_ENTRYPOINT, in),
            wasm.evaluate(WasmPolicyEngineTest.DEMO_ENTRYPOINT, in), "decision for " + input);
      }
      assertEquals(Json.parse("true"), wasm.evaluate("opa/wasm/test/allowed", Json.parse("{\"user\":\"alice\"}")).orElseThrow());
    }
  }
}
