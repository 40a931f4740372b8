package dev.readiness.policy.rego.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readiness.policy.rego.RegoPolicyEngine;
import dev.readiness.policy.rego.value.Json;
import dev.readiness.policy.rego.value.Value;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real OPA as the oracle of the built-in library: {@code opa check --strict} and {@code opa test} pass on
 * policies/, and every check (the whole {@code data.readiness} document) evaluated on every fixture's input
 * document gives the same value in the interpreter and in {@code opa eval}. Skips when opa is not installed.
 */
class BuiltinLibraryOpaDifferentialTest {

  @Test
  void opaCheckStrictPassesOnTheLibrary() throws Exception {
    Opa.Run r = Opa.require().run(List.of("check", "--strict", "policies"), null, null);
    assertEquals(0, r.exit(), r.stdout() + r.stderr());
  }

  @Test
  void opaTestPassesOnTheLibrary() throws Exception {
    Opa.Run r = Opa.require().run(List.of("test", "policies"), null, null);
    assertEquals(0, r.exit(), r.stdout() + r.stderr());
  }

  @Test
  void interpreterEqualsOpaOnEveryFixtureInputDocument(@TempDir Path tmp) throws Exception {
    Opa opa = Opa.require();
    Map<String, String> modules = Fixtures.libraryModules();
    Path lib = Fixtures.writeModules(modules, Files.createDirectories(tmp.resolve("policies")));
    RegoPolicyEngine.Builder b = RegoPolicyEngine.builder();
    modules.forEach(b::module);
    RegoPolicyEngine engine = b.build();
    List<String> diffs = new ArrayList<>();
    int documents = 0;
    for (Path repo : Fixtures.repositories()) {
      String json = Fixtures.inputJson(repo);
      Path input = tmp.resolve("input.json");
      Files.writeString(input, json);
      Opa.Run r = opa.run(List.of("eval", "-f", "json", "-d", lib.toString(), "-i", input.toString(), "data.readiness"),
          null, null);
      assertEquals(0, r.exit(), repo + ": " + r.stderr());
      Value theirs = ValueDiff.opaEvalValue(r.stdout());
      org.junit.jupiter.api.Assertions.assertNotNull(theirs, repo + ": data.readiness undefined under opa");
      Value ours = ValueDiff.asJson(engine.evaluate("data.readiness", Json.parse(json)).orElse(null));
      List<String> d = new ArrayList<>();
      ValueDiff.diff("data.readiness", ours, theirs, d);
      d.forEach(line -> diffs.add(repo.getFileName() + ": " + line));
      documents++;
    }
    System.out.println("differential: " + modules.size() + " modules on " + documents + " input documents, "
        + diffs.size() + " differences");
    assertEquals("", String.join("\n", diffs));
  }
}
