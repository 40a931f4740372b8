package dev.readiness.policy.rego.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.policy.PolicyEngine;
import dev.readiness.policy.rego.RegoPolicyEngine;
import dev.readiness.policy.rego.value.Json;
import dev.readiness.policy.rego.value.Value;
import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.SetValue;
import dev.readiness.policy.wasm.WasmBundle;
import dev.readiness.policy.wasm.WasmPolicyEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The built-in library on opa-java-wasm: {@code opa build -t wasm} of policies/ (tests left out) with every
 * check's result rules (deny, warn, applicable, total, passing) as entrypoints, run through the project's
 * wasm engine on the bundled fixtures' input documents, gives the interpreter's values. Skips without opa.
 */
class BuiltinLibraryWasmTest {
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package (readiness\\.checks\\.\\S+)");
  private static final Pattern RESULT_RULE = Pattern.compile("(?m)^(?:default )?(deny|warn|applicable|total|passing)\\b");

  @Test
  void wasmBundleOfTheLibraryEqualsTheInterpreter(@TempDir Path tmp) throws Exception {
    Opa opa = Opa.require();
    Map<String, String> modules = Fixtures.libraryModules();
    Path lib = Fixtures.writeModules(modules, Files.createDirectories(tmp.resolve("policies")));
    List<String> entrypoints = new ArrayList<>();
    for (String src : modules.values()) {
      Matcher p = PACKAGE.matcher(src);
      if (!p.find()) continue;
      Matcher r = RESULT_RULE.matcher(src);
      java.util.Set<String> rules = new java.util.TreeSet<>();
      while (r.find()) rules.add(r.group(1));
      for (String rule : rules) entrypoints.add(p.group(1).replace('.', '/') + "/" + rule);
    }
    List<String> args = new ArrayList<>(List.of("build", "-t", "wasm", "-o", tmp.resolve("lib.tar.gz").toString()));
    for (String e : entrypoints) {
      args.add("-e");
      args.add(e);
    }
    args.add(lib.toString());
    Opa.Run built = opa.run(args, null, null);
    assertEquals(0, built.exit(), built.stdout() + built.stderr());

    RegoPolicyEngine.Builder b = RegoPolicyEngine.builder();
    modules.forEach(b::module);
    RegoPolicyEngine rego = b.build();
    List<String> diffs = new ArrayList<>();
    int compared = 0;
    WasmPolicyEngine.Execution mode = WasmPolicyEngine.Execution.valueOf(
        System.getProperty("readiness.wasm.execution", "COMPILED"));
    try (WasmPolicyEngine wasm = WasmPolicyEngine.of(WasmBundle.load(tmp.resolve("lib.tar.gz")), 1, mode)) {
      assertEquals(entrypoints.size(), wasm.entrypoints().size(), "every entrypoint is in the bundle");
      // the build compares two fixtures (one failing most checks, one passing them); -Dreadiness.wasm.all=true: every fixture
      List<Path> repos = Boolean.getBoolean("readiness.wasm.all") ? Fixtures.repositories()
          : List.of(Path.of("src/test/resources/repos/python-fastapi"), Path.of("src/test/resources/repos/well-run"));
      for (Path repo : repos) {
        Value input = Json.parse(Fixtures.inputJson(repo));
        PolicyEngine.Session ours = rego.session(input);
        PolicyEngine.Session theirs = wasm.session(input);
        for (String e : entrypoints) {
          String dotted = "data." + e.replace('/', '.');
          Value raw = ours.evaluate(dotted).orElse(null);
          Value w = theirs.evaluate(e).orElse(null);
          // the wasm module returns a set as an array in its own order: compare it as a set
          if (raw instanceof SetValue && w instanceof ArrayValue arr) w = SetValue.of(arr.elements());
          w = ValueDiff.asJson(w);
          List<String> d = new ArrayList<>();
          ValueDiff.diff(dotted, ValueDiff.asJson(raw), w, d);
          d.forEach(line -> diffs.add(repo.getFileName() + ": " + line));
          compared++;
        }
      }
    }
    System.out.println("wasm: " + entrypoints.size() + " entrypoints, " + compared + " evaluations, " + diffs.size() + " differences");
    assertTrue(compared > 0);
    assertEquals("", String.join("\n", diffs));
  }
}
