package dev.readiness.policy.wasm;

import com.dylibso.chicory.wasm.Parser;
import com.dylibso.chicory.wasm.WasmModule;
import com.dylibso.chicory.wasm.types.Export;
import com.dylibso.chicory.wasm.types.ExportSection;
import com.dylibso.chicory.wasm.types.ExternalType;
import com.dylibso.chicory.wasm.types.Global;
import com.dylibso.chicory.wasm.types.Import;
import com.dylibso.chicory.wasm.types.Instruction;
import com.dylibso.chicory.wasm.types.OpCode;
import dev.readiness.policy.PolicyException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a module against what opa-java-wasm 1.0.4 can run before instantiating it, so problems
 * come out as a sentence (ABI version, an import it does not provide, a missing export) instead of
 * a linker error from deep inside the runtime.
 */
final class WasmModuleCheck {
  static final int ABI_MAJOR = 1;
  static final int ABI_MINOR = 3;
  private static final Set<String> PROVIDED_IMPORTS = Set.of("memory", "opa_abort", "opa_builtin0", "opa_builtin1",
      "opa_builtin2", "opa_builtin3", "opa_builtin4");
  private static final List<String> REQUIRED_EXPORTS = List.of("memory", "opa_eval_ctx_new", "opa_malloc",
      "opa_eval_ctx_set_input", "opa_eval", "opa_heap_ptr_set", "opa_value_parse", "opa_value_dump", "opa_json_dump",
      "opa_eval_ctx_set_data", "opa_eval_ctx_set_entrypoint", "opa_eval_ctx_get_result", "opa_json_parse", "opa_free",
      "opa_value_free", "opa_heap_ptr_get", "opa_heap_blocks_stash", "opa_heap_stash_clear", "opa_heap_blocks_restore",
      "opa_value_add_path", "opa_value_remove_path", "eval", "builtins", "entrypoints");

  private WasmModuleCheck() {}

  static void verify(byte[] wasm, String where) throws PolicyException {
    WasmModule module;
    try {
      module = Parser.parse(wasm);
    } catch (RuntimeException e) {
      throw new PolicyException("wasm_load_error", "not a WebAssembly module: " + e.getMessage(), where);
    }
    for (int i = 0; i < module.importSection().importCount(); i++) {
      Import imp = module.importSection().getImport(i);
      if (!"env".equals(imp.module()) || !PROVIDED_IMPORTS.contains(imp.name())) {
        String hint = "opa_println".equals(imp.name())
            ? " (the policy calls print(); remove the print calls or build without them)" : "";
        throw new PolicyException("wasm_import_error", "the module imports " + imp.module() + "." + imp.name()
            + ", which opa-java-wasm 1.0.4 does not provide" + hint, where);
      }
    }
    Map<String, Export> exports = new HashMap<>();
    ExportSection section = module.exportSection();
    for (int i = 0; i < section.exportCount(); i++) exports.put(section.getExport(i).name(), section.getExport(i));
    Long major = globalConstant(module, exports.get("opa_wasm_abi_version"));
    Long minor = globalConstant(module, exports.get("opa_wasm_abi_minor_version"));
    if (major == null) {
      throw new PolicyException("wasm_abi_error",
          "not an OPA policy module: it exports no opa_wasm_abi_version (build it with `opa build -t wasm`)", where);
    }
    if (major != ABI_MAJOR || minor == null || minor != ABI_MINOR) {
      throw new PolicyException("wasm_abi_error", "the module uses OPA wasm ABI " + major + "." + (minor == null ? "?" : minor)
          + "; opa-java-wasm 1.0.4 runs ABI " + ABI_MAJOR + "." + ABI_MINOR + " only (rebuild with an opa version that emits it)",
          where);
    }
    List<String> missing = new ArrayList<>();
    for (String name : REQUIRED_EXPORTS) if (!exports.containsKey(name)) missing.add(name);
    if (!missing.isEmpty()) {
      throw new PolicyException("wasm_abi_error", "the module lacks OPA ABI exports " + missing, where);
    }
  }

  /** The i32 constant a non-imported exported global is initialized with, or null. */
  private static Long globalConstant(WasmModule module, Export export) {
    if (export == null || export.exportType() != ExternalType.GLOBAL) return null;
    int index = export.index() - module.importSection().count(ExternalType.GLOBAL);
    if (index < 0 || index >= module.globalSection().globalCount()) return null;
    Global global = module.globalSection().getGlobal(index);
    for (Instruction in : global.initInstructions()) {
      if (in.opcode() == OpCode.I32_CONST) return (long) (int) in.operand(0);
    }
    return null;
  }
}
