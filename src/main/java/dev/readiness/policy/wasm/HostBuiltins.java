package dev.readiness.policy.wasm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.styra.opa.wasm.OpaBuiltin;
import com.styra.opa.wasm.OpaPolicy;
import com.styra.opa.wasm.OpaWasm;
import com.styra.opa.wasm.builtins.Provided;
import dev.readiness.policy.PolicyException;
import java.lang.reflect.Field;
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

  private HostBuiltins() {}

  static Set<String> provided() {
    Set<String> out = new TreeSet<>();
    for (OpaBuiltin.Builtin b : Provided.all()) out.add(b.name());
    return out;
  }

  static void verify(OpaPolicy policy, String where) throws PolicyException {
    List<String> required = required(policy);
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
   * The names the module's builtins() export lists. opa-java-wasm 1.0.4 does not expose it, so it is
   * read through the policy's module instance; null (check skipped) if that library layout changes.
   */
  private static List<String> required(OpaPolicy policy) {
    try {
      Field field = OpaPolicy.class.getDeclaredField("wasm");
      field.setAccessible(true);
      OpaWasm wasm = (OpaWasm) field.get(policy);
      int addr = wasm.exports().opaJsonDump(wasm.exports().builtins());
      JsonNode names = MAPPER.readTree(wasm.memory().readCString(addr));
      List<String> out = new ArrayList<>();
      Iterator<String> it = names.fieldNames();
      while (it.hasNext()) out.add(it.next());
      return out;
    } catch (ReflectiveOperationException | RuntimeException | java.io.IOException e) {
      return null;
    }
  }
}
