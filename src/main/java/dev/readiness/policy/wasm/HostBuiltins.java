package dev.readiness.policy.wasm;

import com.dylibso.chicory.runtime.ByteArrayMemory;
import com.dylibso.chicory.wasm.types.MemoryLimits;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.styra.opa.wasm.OpaBuiltin;
import com.styra.opa.wasm.OpaWasm;
import com.styra.opa.wasm.builtins.Provided;
import dev.readiness.policy.PolicyException;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Builtins an OPA module leaves to the host must be implemented by opa-java-wasm, which provides
 * only a handful (sprintf, json.is_valid, yaml.*). Without this check a policy calling any other one
 * loads fine and fails only when evaluation reaches the call, with no name in the error.
 */
final class HostBuiltins {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** Wasm pages (64 KiB) of the probe instance: what opa-java-wasm gives a policy by default, growing as needed. */
  private static final int INITIAL_PAGES = 10;
  private static final int MAX_PAGES = 65536;

  private HostBuiltins() {}

  static Set<String> provided() {
    Set<String> out = new TreeSet<>();
    for (OpaBuiltin.Builtin b : Provided.all()) out.add(b.name());
    return out;
  }

  static void verify(byte[] module, String where) throws PolicyException {
    List<String> required = required(module);
    if (required == null) return;
    Set<String> provided = provided();
    List<String> missing = new ArrayList<>();
    for (String name : required) if (!provided.contains(name)) missing.add(name);
    if (!missing.isEmpty()) {
      throw new PolicyException("wasm_builtin_error", "the module needs builtins " + missing
          + " from the host, which opa-java-wasm 1.0.4 does not implement (it provides " + provided + ")", where);
    }
  }

  /**
   * The names the module's builtins() export lists, read through opa-java-wasm's public module API
   * (an interpreted instance of its own, so the policies' compiled instances are untouched); null
   * (check skipped) when the module cannot be instantiated here, which loading it reports anyway.
   */
  private static List<String> required(byte[] module) {
    try {
      OpaWasm wasm = OpaWasm.builder()
          .withInputStream(new ByteArrayInputStream(module))
          .withJsonMapper(MAPPER)
          .withYamlMapper(new ObjectMapper(new YAMLFactory()))
          .withMemory(new ByteArrayMemory(new MemoryLimits(INITIAL_PAGES, MAX_PAGES)))
          .disableCompiler()
          .build();
      int addr = wasm.exports().opaJsonDump(wasm.exports().builtins());
      JsonNode names = MAPPER.readTree(wasm.memory().readCString(addr));
      List<String> out = new ArrayList<>();
      Iterator<String> it = names.fieldNames();
      while (it.hasNext()) out.add(it.next());
      return out;
    } catch (RuntimeException | java.io.IOException e) {
      return null;
    }
  }
}
