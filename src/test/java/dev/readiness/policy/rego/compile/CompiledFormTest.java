package dev.readiness.policy.rego.compile;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.readiness.policy.rego.RegoPolicyEngine;
import dev.readiness.policy.rego.ast.Expr;
import dev.readiness.policy.rego.ast.Module;
import dev.readiness.policy.rego.builtins.BuiltinRegistry;
import dev.readiness.policy.rego.value.Json;
import dev.readiness.policy.rego.value.Value;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompiledFormTest {
  /** Every kind of term and expression, closures that shadow, METADATA of every YAML scalar kind. */
  private static final String MODULE = """
      # METADATA
      # title: All the syntax
      # custom:
      #   id: t.all
      #   n: 3
      #   big: 123456789012
      #   ratio: 0.5
      #   on: true
      #   none: null
      #   list: [a, 1, false]
      package t.all

      import rego.v1
      import data.t.helper as h

      default allow := false

      # METADATA
      # title: the rule
      allow if {
        some x in input.items
        x.n > 1
        not input.off
        every y in input.items { y.n >= 0 }
      }

      names := [n | some i; n := input.items[i].name]
      byname := {n: i | some i, it in input.items; n := it.name}
      set := {x | x := input.items[_].n}
      obj := {"a": [1, 2.5, null], "b": {"c": true}, "s": {1, 2}}
      msg := $"count {count(input.items)} of {h.limit}"

      f(a) := a * 2 if a > 0
      else := 0

      shadow := [x | x := 1] if {
        x := 2
        x == 2
      }

      withs := v if v := h.limit with input as {}

      later contains r if {
        q := [1, 2]
        r := [z | z := q[_]]
      }
      """;
  private static final String HELPER = "package t.helper\nlimit := 3\n";

  private static CompiledPolicy compile() throws Exception {
    List<Module> parsed = List.of(RegoPolicyEngine.parse("all.rego", MODULE), RegoPolicyEngine.parse("h.rego", HELPER));
    return new Compiler(BuiltinRegistry.standard()).compile(parsed);
  }

  private static byte[] bytes(CompiledPolicy p) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(b)) {
      CompiledForm.write(p, out);
    }
    return b.toByteArray();
  }

  private static CompiledPolicy read(byte[] b) throws IOException {
    return CompiledForm.read(new DataInputStream(new ByteArrayInputStream(b)));
  }

  @Test
  void readingWhatWasWrittenGivesAnEqualPolicy() throws Exception {
    CompiledPolicy fresh = compile();
    CompiledPolicy back = read(bytes(fresh));
    assertEquals(fresh.modules(), back.modules());
    assertEquals(fresh.functionArity(), back.functionArity());
    assertFalse(fresh.closureLocals().isEmpty(), "the module has closures that declare their own variables");
    assertEquals(values(fresh.closureLocals()), values(back.closureLocals()));
    assertArrayEquals(bytes(fresh), bytes(back));
    // the closure-local sets are keyed by the very body lists of the modules read
    IdentityHashMap<List<Expr>, Boolean> bodies = new IdentityHashMap<>();
    collect(back.modules(), bodies);
    for (List<Expr> key : back.closureLocals().keySet()) assertEquals(Boolean.TRUE, bodies.get(key));
  }

  @Test
  void evaluationAgreesWithTheFreshlyCompiledPolicy() throws Exception {
    Value input = Json.parse("{\"items\": [{\"n\": 2, \"name\": \"a\"}, {\"n\": 0, \"name\": \"b\"}]}");
    RegoPolicyEngine fresh = RegoPolicyEngine.builder().module("all.rego", MODULE).module("h.rego", HELPER).build();
    RegoPolicyEngine stored = RegoPolicyEngine.builder().build(read(bytes(compile())));
    for (String rule : List.of("allow", "names", "byname", "set", "obj", "msg", "shadow", "withs", "later")) {
      assertEquals(fresh.evaluate("data.t.all." + rule, input), stored.evaluate("data.t.all." + rule, input), rule);
    }
    assertEquals(fresh.query("x := data.t.all.f(2)", input), stored.query("x := data.t.all.f(2)", input));
    assertEquals(fresh.annotations(), stored.annotations());
  }

  @Test
  void otherBytesAreRefused() {
    assertThrows(IOException.class, () -> read(new byte[] {1, 2, 3, 4, 0, 0, 0, 1}));
  }

  private static List<List<String>> values(Map<List<Expr>, Set<String>> closureLocals) {
    List<List<String>> out = new ArrayList<>();
    for (Set<String> s : closureLocals.values()) out.add(s.stream().sorted().toList());
    out.sort((a, b) -> a.toString().compareTo(b.toString()));
    return out;
  }

  private static void collect(List<Module> modules, IdentityHashMap<List<Expr>, Boolean> out) {
    // every List<Expr> reachable through records
    for (Module m : modules) walk(m, out);
  }

  private static void walk(Object o, IdentityHashMap<List<Expr>, Boolean> out) {
    if (o instanceof List<?> l) {
      if (!l.isEmpty() && l.get(0) instanceof Expr) {
        @SuppressWarnings("unchecked")
        List<Expr> body = (List<Expr>) l;
        out.put(body, Boolean.TRUE);
      }
      for (Object x : l) walk(x, out);
    } else if (o instanceof Record r) {
      for (var c : r.getClass().getRecordComponents()) {
        try {
          walk(c.getAccessor().invoke(r), out);
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException(e);
        }
      }
    }
  }
}
