package dev.readiness.policy.rego.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import dev.readiness.policy.PolicyException;
import dev.readiness.policy.rego.RegoPolicyEngine;
import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.Json;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.SetValue;
import dev.readiness.policy.rego.value.Value;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** One OPA conformance case and how to judge this interpreter's answer to it. */
record ConformanceCase(String folder, String note, JsonNode json) {

  /** The outcome: passed, or failed with a reason. */
  record Outcome(boolean passed, String reason) {
    static Outcome pass() { return new Outcome(true, null); }

    static Outcome fail(String reason) { return new Outcome(false, reason); }
  }

  Outcome run() {
    try {
      return runChecked();
    } catch (RuntimeException | StackOverflowError e) {
      return Outcome.fail("crash: " + e);
    }
  }

  private Outcome runChecked() {
    String wantCode = text("want_error_code");
    String wantError = text("want_error");
    boolean expectError = wantCode != null || wantError != null;
    List<Map<String, Value>> got;
    try {
      RegoPolicyEngine.Builder b = RegoPolicyEngine.builder()
          .budget(Duration.ofSeconds(5), 20_000_000L)
          .strictBuiltinErrors(json.path("strict_error").asBoolean(false));
      int i = 0;
      for (JsonNode m : json.path("modules")) b.module("test-" + (i++) + ".rego", m.asText());
      if (json.has("data")) b.data(Json.fromNode(json.get("data")));
      if (json.has("env")) {
        Map<String, String> env = new HashMap<>();
        json.get("env").fields().forEachRemaining(e -> env.put(e.getKey(), e.getValue().asText()));
        b.env(env);
      }
      Value input = null;
      if (json.has("input_term")) {
        input = RegoPolicyEngine.parseValue(json.get("input_term").asText());
      } else if (json.has("input")) {
        input = Json.fromNode(json.get("input"));
      }
      got = b.build().query(json.path("query").asText(), input);
    } catch (PolicyException e) {
      if (!expectError) return Outcome.fail("unexpected error " + e.code() + ": " + e.getMessage());
      if (wantCode != null && !wantCode.equals(e.code())) {
        return Outcome.fail("want error code " + wantCode + " got " + e.code() + ": " + e.getMessage());
      }
      if (wantError != null && !e.getMessage().contains(wantError)) {
        return Outcome.fail("want error containing '" + wantError + "' got: " + e.getMessage());
      }
      return Outcome.pass();
    }
    if (expectError) return Outcome.fail("want error " + wantCode + " '" + wantError + "' but got " + render(got, false));
    if (json.has("want_defined")) {
      boolean defined = !got.isEmpty();
      return defined == json.get("want_defined").asBoolean() ? Outcome.pass()
          : Outcome.fail("want defined=" + json.get("want_defined").asBoolean());
    }
    if (!json.has("want_result")) return Outcome.pass();
    boolean sort = json.path("sort_bindings").asBoolean(false);
    boolean ignoreGenerated = json.path("ignore_generated_vars").asBoolean(false);
    List<String> want = new ArrayList<>();
    for (JsonNode r : json.get("want_result")) want.add(canonical(Json.fromNode(r), sort));
    List<String> have = new ArrayList<>();
    for (Map<String, Value> m : got) {
      TreeMap<Value, Value> o = new TreeMap<>();
      m.forEach((k, v) -> {
        if (ignoreGenerated && k.startsWith("__")) return;
        o.put(dev.readiness.policy.rego.value.StringValue.of(k), v);
      });
      have.add(canonical(ObjectValue.of(o), sort));
    }
    if (new TreeSet<>(want).equals(new TreeSet<>(have))) return Outcome.pass();
    Collections.sort(want);
    Collections.sort(have);
    return Outcome.fail("want " + want + "\n      got  " + have);
  }

  private String text(String field) {
    JsonNode n = json.get(field);
    return n == null || n.isNull() ? null : n.asText();
  }

  private static String render(List<Map<String, Value>> got, boolean sort) {
    List<String> out = new ArrayList<>();
    for (Map<String, Value> m : got) out.add(m.toString());
    return out.toString();
  }

  /** JSON text of a binding object with sets rendered as arrays (and arrays sorted when asked). */
  private static String canonical(Value bindings, boolean sortArrays) {
    ObjectValue o = (ObjectValue) bindings;
    TreeMap<Value, Value> m = new TreeMap<>();
    o.entries().forEach((k, v) -> {
      Value n = plain(v);
      if (sortArrays && n instanceof ArrayValue a) {
        List<Value> xs = new ArrayList<>(a.elements());
        Collections.sort(xs);
        n = new ArrayValue(xs);
      }
      m.put(k, n);
    });
    return Json.write(ObjectValue.of(m));
  }

  private static Value plain(Value v) {
    if (v instanceof SetValue s) {
      List<Value> xs = new ArrayList<>();
      for (Value e : s) xs.add(plain(e));
      return new ArrayValue(xs);
    }
    if (v instanceof ArrayValue a) {
      List<Value> xs = new ArrayList<>();
      for (Value e : a.elements()) xs.add(plain(e));
      return new ArrayValue(xs);
    }
    if (v instanceof ObjectValue o) {
      TreeMap<Value, Value> m = new TreeMap<>();
      // JSON renders non-string keys as their JSON text
      o.entries().forEach((k, x) -> m.put(k instanceof dev.readiness.policy.rego.value.StringValue ? k
          : dev.readiness.policy.rego.value.StringValue.of(Json.write(plain(k))), plain(x)));
      return ObjectValue.of(m);
    }
    return v;
  }
}
