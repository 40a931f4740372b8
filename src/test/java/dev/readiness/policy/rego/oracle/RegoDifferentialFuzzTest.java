package dev.readiness.policy.rego.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readiness.policy.PolicyException;
import dev.readiness.policy.rego.RegoPolicyEngine;
import dev.readiness.policy.rego.value.Json;
import dev.readiness.policy.rego.value.Value;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Differential fuzzing of the interpreter against the real OPA: generated modules ({@link RegoProgramGenerator})
 * and inputs are evaluated by both ({@code data.fz}); values must be equal, and where one engine raises an
 * error the other must too. The build runs a small fixed-seed batch; a longer run:
 * {@code mvn test -Dtest=RegoDifferentialFuzzTest -Drego.fuzz.seed=7 -Drego.fuzz.count=2000}.
 * Differences are written to target/rego-fuzz/ (module and input) for replay with opa eval.
 */
class RegoDifferentialFuzzTest {
  private static final int BATCH = 10;

  @Test
  void interpreterAgreesWithOpaOnGeneratedPrograms() throws Exception {
    Opa opa = Opa.require();
    long seed = Long.getLong("rego.fuzz.seed", 16);
    int count = Integer.getInteger("rego.fuzz.count", 60);
    RegoProgramGenerator gen = new RegoProgramGenerator(seed);
    Path work = Files.createDirectories(Path.of("target", "rego-fuzz"));
    List<String> diffs = new ArrayList<>();
    int run = 0;
    int errorsBoth = 0;
    for (int b = 0; run < count; b++) {
      Map<String, String> modules = new LinkedHashMap<>();
      for (int i = 0; i < BATCH && run < count; i++, run++) modules.put("p" + i + ".rego", gen.module("fz.p" + i));
      String input = gen.input();
      Outcome batch = compare(opa, modules, input, work.resolve("batch"));
      if (batch.agree && !batch.bothErrors) continue;
      // an error in one program fails the whole batch: compare the programs one by one
      for (Map.Entry<String, String> m : modules.entrySet()) {
        Outcome one = compare(opa, Map.of(m.getKey(), m.getValue()), input, work.resolve("one"));
        if (one.bothErrors) errorsBoth++;
        if (!one.agree) {
          Path dir = Files.createDirectories(work.resolve("diff-" + seed + "-" + b + "-" + m.getKey().replace(".rego", "")));
          Files.writeString(dir.resolve("policy.rego"), m.getValue());
          Files.writeString(dir.resolve("input.json"), input);
          diffs.add(dir + ": " + one.detail);
        }
      }
    }
    System.out.println("rego fuzz: seed " + seed + ", " + run + " programs, " + errorsBoth
        + " raised errors in both engines, " + diffs.size() + " differences");
    assertEquals("", String.join("\n", diffs));
  }

  private record Outcome(boolean agree, boolean bothErrors, String detail) {}

  private static Outcome compare(Opa opa, Map<String, String> modules, String input, Path dir) throws Exception {
    Files.createDirectories(dir);
    try (var s = Files.list(dir)) {
      for (Path f : s.toList()) Files.delete(f);
    }
    List<String> args = new ArrayList<>(List.of("eval", "-f", "json"));
    for (Map.Entry<String, String> m : modules.entrySet()) {
      Files.writeString(dir.resolve(m.getKey()), m.getValue());
      args.add("-d");
      args.add(dir.resolve(m.getKey()).toString());
    }
    Files.writeString(dir.resolve("input.json"), input);
    args.addAll(List.of("-i", dir.resolve("input.json").toString(), "data.fz"));
    Opa.Run r = opa.run(args, null, null);
    Value theirs = null;
    String theirError = null;
    if (r.exit() != 0) {
      theirError = r.stdout().isBlank() ? r.stderr() : r.stdout();
    } else {
      theirs = ValueDiff.opaEvalValue(r.stdout());
    }
    Value ours = null;
    String ourError = null;
    try {
      RegoPolicyEngine.Builder b = RegoPolicyEngine.builder().strictBuiltinErrors(false);
      modules.forEach(b::module);
      ours = ValueDiff.asJson(b.build().evaluate("data.fz", Json.parse(input)).orElse(null));
    } catch (PolicyException e) {
      ourError = e.getMessage();
    }
    if (theirError != null || ourError != null) {
      boolean both = theirError != null && ourError != null;
      return new Outcome(both, both, "opa: " + oneLine(theirError) + " | ours: " + oneLine(ourError));
    }
    List<String> d = new ArrayList<>();
    ValueDiff.diff("data.fz", ours, theirs, d);
    return new Outcome(d.isEmpty(), false, String.join("; ", d));
  }

  private static String oneLine(String s) {
    if (s == null) return "ok";
    String t = s.replaceAll("\\s+", " ").trim();
    return t.length() > 200 ? t.substring(0, 200) : t;
  }
}
