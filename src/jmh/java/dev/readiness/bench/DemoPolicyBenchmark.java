package dev.readiness.bench;

import dev.readiness.policy.PolicyEngine;
import dev.readiness.policy.PolicyException;
import dev.readiness.policy.rego.RegoPolicyEngine;
import dev.readiness.policy.rego.value.BoolValue;
import dev.readiness.policy.rego.value.Json;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.Value;
import dev.readiness.policy.wasm.WasmBundle;
import dev.readiness.policy.wasm.WasmPolicyEngine;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 3: opa-java-wasm's {@code demo-policy.wasm} (real {@code opa build -t wasm} output) against
 * its Rego source on the project's interpreter, through the same {@link PolicyEngine} call with the
 * same data ({@code role: {alice: admin, bob: user}}) and input ({@code {"user": "alice"}}). The
 * wasm engine is measured in both Chicory modes: interpreted (the engine's default) and compiled.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DemoPolicyBenchmark {
  static final String ENTRYPOINT = "opa/wasm/test/allowed";
  static final String DATA = "{\"role\":{\"alice\":\"admin\",\"bob\":\"user\"}}";

  private RegoPolicyEngine rego;
  private WasmPolicyEngine wasmInterpreted;
  private WasmPolicyEngine wasmCompiled;
  private Value input;

  @Setup
  public void setup() throws PolicyException, IOException {
    ObjectValue data = (ObjectValue) Json.parse(DATA);
    rego = RegoPolicyEngine.builder().module("demo-policy.rego", resource("/wasm/demo-policy.rego")).data(data).build();
    WasmBundle bundle = new WasmBundle("demo-policy.wasm", Map.of("/policy.wasm", demoWasm()), data, ObjectValue.EMPTY);
    wasmInterpreted = WasmPolicyEngine.of(bundle, 1, WasmPolicyEngine.Execution.INTERPRETED);
    wasmCompiled = WasmPolicyEngine.of(bundle, 1, WasmPolicyEngine.Execution.COMPILED);
    input = Json.parse("{\"user\":\"alice\"}");
    for (String user : List.of("{\"user\":\"alice\"}", "{\"user\":\"bob\"}", "{\"user\":\"eve\"}", "{}")) {
      Value in = Json.parse(user);
      Optional<Value> expected = rego.evaluate(ENTRYPOINT, in);
      for (PolicyEngine wasm : List.of(wasmInterpreted, wasmCompiled)) {
        Optional<Value> got = wasm.evaluate(ENTRYPOINT, in);
        if (!Objects.equals(expected, got)) {
          throw new IllegalStateException("engines disagree on " + user + ": rego " + expected + ", wasm " + got);
        }
      }
    }
    if (!rego.evaluate(ENTRYPOINT, input).equals(Optional.of(BoolValue.TRUE))) {
      throw new IllegalStateException("alice should be allowed");
    }
  }

  @TearDown
  public void tearDown() {
    wasmInterpreted.close();
    wasmCompiled.close();
  }

  @Benchmark
  public Optional<Value> regoInterpreter() throws PolicyException {
    return rego.evaluate(ENTRYPOINT, input);
  }

  @Benchmark
  public Optional<Value> wasmChicoryInterpreted() throws PolicyException {
    return wasmInterpreted.evaluate(ENTRYPOINT, input);
  }

  @Benchmark
  public Optional<Value> wasmChicoryCompiled() throws PolicyException {
    return wasmCompiled.evaluate(ENTRYPOINT, input);
  }

  private static byte[] demoWasm() throws IOException {
    try (InputStream in = com.styra.opa.wasm.OpaPolicy.class.getResourceAsStream("/demo-policy.wasm")) {
      if (in == null) throw new IllegalStateException("demo-policy.wasm is not in the opa-java-wasm jar");
      return in.readAllBytes();
    }
  }

  private static String resource(String path) throws IOException {
    try (InputStream in = DemoPolicyBenchmark.class.getResourceAsStream(path)) {
      if (in == null) throw new IllegalStateException(path + " is not on the classpath");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
