package dev.readiness.policy.wasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.policy.PolicyException;
import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.BoolValue;
import dev.readiness.policy.rego.value.Json;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** OPA wasm bundles: the real demo policy OPA compiled, and hand-written ABI modules for the error paths. */
class WasmPolicyEngineTest {
  static final String DEMO_ENTRYPOINT = "opa/wasm/test/allowed";
  static final String ROLES = "{\"role\":{\"alice\":\"admin\",\"bob\":\"user\"}}";

  @TempDir Path tmp;

  static byte[] demoWasm() throws IOException {
    try (InputStream in = com.styra.opa.wasm.OpaPolicy.class.getResourceAsStream("/demo-policy.wasm")) {
      return in.readAllBytes();
    }
  }

  static Path demoBundle(Path dir) throws IOException {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("/.manifest", ("{\"revision\":\"t1\",\"roots\":[\"\"],\"wasm\":[{\"entrypoint\":\"" + DEMO_ENTRYPOINT
        + "\",\"module\":\"/policy.wasm\"}]}").getBytes(StandardCharsets.UTF_8));
    files.put("/data.json", ROLES.getBytes(StandardCharsets.UTF_8));
    files.put("/policy.wasm", demoWasm());
    Path bundle = dir.resolve("bundle.tar.gz");
    Files.write(bundle, BundleWriter.tarGz(files));
    return bundle;
  }

  @Test
  void demoBundleAllowsAdminsOnly() throws Exception {
    try (WasmPolicyEngine engine = WasmPolicyEngine.load(demoBundle(tmp))) {
      assertEquals("wasm", engine.name());
      assertEquals(List.of(DEMO_ENTRYPOINT), engine.entrypoints());
      assertEquals(Optional.of(BoolValue.TRUE), engine.evaluate(DEMO_ENTRYPOINT, Json.parse("{\"user\":\"alice\"}")));
      assertEquals(Optional.of(BoolValue.FALSE), engine.evaluate(DEMO_ENTRYPOINT, Json.parse("{\"user\":\"bob\"}")));
      assertEquals(Optional.of(BoolValue.FALSE), engine.evaluate("data.opa.wasm.test.allowed", Json.parse("{\"user\":\"eve\"}")));
    }
  }

  @Test
  void compiledExecutionGivesTheSameDecision() throws Exception {
    try (WasmPolicyEngine engine = WasmPolicyEngine.of(WasmBundle.load(demoBundle(tmp)), 1, WasmPolicyEngine.Execution.COMPILED)) {
      assertEquals(Optional.of(BoolValue.TRUE), engine.evaluate(DEMO_ENTRYPOINT, Json.parse("{\"user\":\"alice\"}")));
      assertEquals(Optional.of(BoolValue.FALSE), engine.evaluate(DEMO_ENTRYPOINT, Json.parse("{\"user\":\"bob\"}")));
    }
  }

  @Test
  void bareModuleRunsWithEmptyData() throws Exception {
    Path wasm = tmp.resolve("policy.wasm");
    Files.write(wasm, demoWasm());
    try (WasmPolicyEngine engine = WasmPolicyEngine.load(wasm)) {
      assertEquals(Optional.of(BoolValue.FALSE), engine.evaluate(DEMO_ENTRYPOINT, Json.parse("{\"user\":\"alice\"}")));
    }
  }

  @Test
  void unknownEntrypointNamesTheKnownOnes() throws Exception {
    try (WasmPolicyEngine engine = WasmPolicyEngine.load(demoBundle(tmp))) {
      PolicyException e = assertThrows(PolicyException.class, () -> engine.evaluate("opa/wasm/test/denied", Json.parse("{}")));
      assertEquals("wasm_entrypoint_error", e.code());
      assertTrue(e.getMessage().endsWith("no entrypoint opa/wasm/test/denied (it has opa/wasm/test/allowed)"), e.getMessage());
    }
  }

  @Test
  void pooledInstancesEvaluateConcurrently() throws Exception {
    try (WasmPolicyEngine engine = WasmPolicyEngine.of(WasmBundle.load(demoBundle(tmp)), 3)) {
      ExecutorService threads = Executors.newFixedThreadPool(6);
      try {
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
          String user = i % 2 == 0 ? "alice" : "bob";
          boolean expected = i % 2 == 0;
          results.add(threads.submit(() ->
              engine.evaluate(DEMO_ENTRYPOINT, Json.parse("{\"user\":\"" + user + "\"}")).orElseThrow()
                  .equals(BoolValue.of(expected))));
        }
        for (Future<Boolean> r : results) assertTrue(r.get());
      } finally {
        threads.shutdownNow();
      }
    }
  }

  @Test
  void nestedDataJsonLandsAtItsDirectory() throws Exception {
    Map<String, byte[]> files = new LinkedHashMap<>();
    files.put("/policy.wasm", demoWasm());
    files.put("/data.json", "{\"x\":1}".getBytes(StandardCharsets.UTF_8));
    files.put("/role/data.json", "{\"alice\":\"admin\"}".getBytes(StandardCharsets.UTF_8));
    WasmBundle bundle = WasmBundle.fromTarGz(new java.io.ByteArrayInputStream(BundleWriter.tarGz(files)), "b.tar.gz");
    assertEquals(Json.parse("{\"x\":1,\"role\":{\"alice\":\"admin\"}}"), bundle.data());
    try (WasmPolicyEngine engine = WasmPolicyEngine.of(bundle, 1)) {
      assertEquals(Optional.of(BoolValue.TRUE), engine.evaluate(DEMO_ENTRYPOINT, Json.parse("{\"user\":\"alice\"}")));
    }
  }

  @Test
  void garbageIsNotABundle() throws IOException {
    Path junk = tmp.resolve("bundle.tar.gz");
    Files.writeString(junk, "definitely not gzip");
    PolicyException e = assertThrows(PolicyException.class, () -> WasmPolicyEngine.load(junk));
    assertEquals("wasm_load_error", e.code());
    assertTrue(e.getMessage().contains("not an OPA bundle (.tar.gz)"), e.getMessage());
  }

  @Test
  void conftestStyleDenyMessages() throws Exception {
    byte[] wasm = new WatAssembler(tmp).stub(1, 3, "", "{\"conftest/deny\":0}",
        "[{\"result\":[\"container must not run as root\",\"image tag latest\"]}]", "");
    try (WasmPolicyEngine engine = engine(wasm)) {
      assertEquals(List.of("conftest/deny"), engine.entrypoints());
      Value deny = engine.evaluate("data.conftest.deny", Json.parse("{\"user\":\"root\"}")).orElseThrow();
      assertEquals(ArrayValue.of(StringValue.of("container must not run as root"), StringValue.of("image tag latest")), deny);
    }
  }

  @Test
  void emptyResultSetIsUndefined() throws Exception {
    byte[] wasm = new WatAssembler(tmp).stub(1, 3, "", "{\"conftest/deny\":0}", "[]", "");
    try (WasmPolicyEngine engine = engine(wasm)) {
      assertEquals(Optional.empty(), engine.evaluate("conftest/deny", Json.parse("{}")));
    }
  }

  @Test
  void refusesAnotherAbiVersion() throws Exception {
    byte[] wasm = new WatAssembler(tmp).stub(2, 0, "", "{\"conftest/deny\":0}", "[]", "");
    PolicyException e = assertThrows(PolicyException.class, () -> engine(wasm));
    assertEquals("wasm_abi_error", e.code());
    assertTrue(e.getMessage().contains("uses OPA wasm ABI 2.0; opa-java-wasm 1.0.4 runs ABI 1.3 only"), e.getMessage());
  }

  @Test
  void reportsTheMissingPrintlnImport() throws Exception {
    byte[] wasm = new WatAssembler(tmp).stub(1, 3, "(import \"env\" \"opa_println\" (func $println (param i32)))",
        "{\"conftest/deny\":0}", "[]", "(call $println (i32.const 8448))");
    PolicyException e = assertThrows(PolicyException.class, () -> engine(wasm));
    assertEquals("wasm_import_error", e.code());
    assertTrue(e.getMessage().contains("imports env.opa_println, which opa-java-wasm 1.0.4 does not provide"), e.getMessage());
  }

  @Test
  void abortBecomesAPolicyErrorAndTheEngineStaysUsable() throws Exception {
    byte[] wasm = new WatAssembler(tmp).stub(1, 3, "", "{\"conftest/deny\":0}", "[]", "(call $opa_abort (i32.const 8192))");
    try (WasmPolicyEngine engine = engine(wasm)) {
      for (int i = 0; i < 3; i++) {
        PolicyException e = assertThrows(PolicyException.class, () -> engine.evaluate("conftest/deny", Json.parse("{}")));
        assertEquals("wasm_abort", e.code());
        assertTrue(e.getMessage().contains("policy aborted on purpose"), e.getMessage());
      }
    }
  }

  @Test
  void notAnOpaModule() throws Exception {
    byte[] wasm = new WatAssembler(tmp).assemble("(module (func (export \"f\")))");
    PolicyException e = assertThrows(PolicyException.class, () -> engine(wasm));
    assertEquals("wasm_abi_error", e.code());
    assertTrue(e.getMessage().contains("exports no opa_wasm_abi_version"), e.getMessage());
  }

  private WasmPolicyEngine engine(byte[] wasm) throws IOException, PolicyException {
    Path file = Files.createTempFile(tmp, "policy", ".wasm");
    Files.write(file, wasm);
    return WasmPolicyEngine.of(WasmBundle.load(file), 2);
  }
}
