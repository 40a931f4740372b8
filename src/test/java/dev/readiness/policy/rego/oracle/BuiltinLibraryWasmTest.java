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
 * wasm engine on every input document of the OPA differential (fixtures, examples, hostile files, and ../shared/corpus
 * when present), gives the interpreter's values, check by check. Skips without opa.
 * {@code -Dreadiness.wasm.execution=INTERPRETED} runs Chicory's interpreter instead of its compiler (much slower).
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
    java.util.Set<String> checks = new java.util.TreeSet<>();
    java.util.Set<String> differingChecks = new java.util.TreeSet<>();
    int documents = 0;
    WasmPolicyEngine.Execution mode = WasmPolicyEngine.Execution.valueOf(
        System.getProperty("readiness.wasm.execution", "COMPILED"));
    try (WasmPolicyEngine wasm = WasmPolicyEngine.of(WasmBundle.load(tmp.resolve("lib.tar.gz")), 1, mode)) {
      assertEquals(entrypoints.size(), wasm.entrypoints().size(), "every entrypoint is in the bundle");
      // every input document the OPA differential uses: fixtures, examples, hostile files, ../shared/corpus when present
      for (Path repo : Fixtures.repositories()) {
        Value input = Json.parse(Fixtures.inputJson(repo));
        PolicyEngine.Session ours = rego.session(input);
        PolicyEngine.Session theirs = wasm.session(input);
        documents++;
        for (String e : entrypoints) {
          String dotted = "data." + e.replace('/', '.');
          String check = dotted.substring(0, dotted.lastIndexOf('.'));
          checks.add(check);
          Value raw = ours.evaluate(dotted).orElse(null);
          Value w = theirs.evaluate(e).orElse(null);
          // the wasm module returns a set as an array in its own order: compare it as a set
          if (raw instanceof SetValue && w instanceof ArrayValue arr) w = SetValue.of(arr.elements());
          w = ValueDiff.asJson(w);
          List<String> d = new ArrayList<>();
          ValueDiff.diff(dotted, ValueDiff.asJson(raw), w, d);
          if (!d.isEmpty()) differingChecks.add(repo.getFileName() + " " + check);
          d.forEach(line -> diffs.add(repo.getFileName() + ": " + line));
          compared++;
        }
      }
    }
    System.out.println("wasm (" + mode + "): " + entrypoints.size() + " entrypoints of " + checks.size() + " checks on "
        + documents + " input documents: " + compared + " evaluations, " + (checks.size() * documents - differingChecks.size())
        + " of " + checks.size() * documents + " check-document pairs equal, " + diffs.size() + " differences");
    assertTrue(compared > 0);
    assertEquals("", String.join("\n", diffs));
  }
}
