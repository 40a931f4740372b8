package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.Calls.call;
import static dev.readiness.policy.rego.builtins.Calls.eq;
import static dev.readiness.policy.rego.builtins.Calls.fails;
import static dev.readiness.policy.rego.builtins.Calls.s;
import static dev.readiness.policy.rego.builtins.Calls.v;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** uuid.*, walk, opa.runtime, the refused I/O builtins and the registry as a whole. */
class MiscBuiltinsTest {

  @Test
  void uuidRfc4122IsStablePerEvaluationAndKey() throws Exception {
    Value a = call("uuid.rfc4122", s("key"));
    assertEquals(a, call("uuid.rfc4122", s("key")));
    assertNotEquals(a, call("uuid.rfc4122", s("other")));
    assertTrue(((StringValue) a).value().matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"));
    BuiltinContext later = new BuiltinContext(Calls.NOW + 1, x -> {}, Map.of(), false);
    Builtin b = BuiltinRegistry.standard().get("uuid.rfc4122").orElseThrow();
    assertNotEquals(a, b.call(List.of(s("key")), later));
  }

  @Test
  void randIntnIsStablePerEvaluationAndInRange() throws Exception {
    Value r = call("rand.intn", s("key"), v("100"));
    assertEquals(r, call("rand.intn", s("key"), v("100")));
    int n = ((dev.readiness.policy.rego.value.NumberValue) r).intValueOrNull();
    assertTrue(n >= 0 && n < 100);
    eq("0", call("rand.intn", s("key"), v("0")));
  }

  @Test
  void uuidParse() throws Exception {
    eq("{\"variant\":\"RFC4122\",\"version\":4}", call("uuid.parse", s("{00000000-0000-4000-8000-000000000000}")));
    eq("{\"variant\":\"RFC4122\",\"version\":3}", call("uuid.parse", s("6ba7b8109dad31d180b400c04fd430c8")));
    eq("{\"clocksequence\":12800,\"domain\":\"Person\",\"id\":1000,\"macvariables\":\"local:unicast\","
        + "\"nodeid\":\"32-50-96-b3-9f-47\",\"time\":1693566990121469600,\"variant\":\"RFC4122\",\"version\":2}",
        call("uuid.parse", s("urn:uuid:000003e8-48b9-21ee-b200-325096b39f47")));
    assertNull(call("uuid.parse", s("not-a-uuid")));
  }

  @Test
  void walkYieldsEveryPathPreOrder() throws Exception {
    RelationBuiltin walk = (RelationBuiltin) BuiltinRegistry.standard().get("walk").orElseThrow();
    List<Value> out = walk.results(List.of(v("{\"a\":[1],\"b\":2}")), BuiltinContext.now());
    assertEquals(List.of(v("[[],{\"a\":[1],\"b\":2}]"), v("[[\"a\"],[1]]"), v("[[\"a\",0],1]"), v("[[\"b\"],2]")), out);
    List<Value> sets = walk.results(List.of(v("set:[1]")), BuiltinContext.now());
    assertEquals(List.of(dev.readiness.policy.rego.value.ArrayValue.of(v("[]"), v("set:[1]")), v("[[1],1]")), sets);
  }

  @Test
  void ioBuiltinsAreRefusedWithAClearError() throws Exception {
    fails("eval_builtin_error", "http.send is not available: policies must not do I/O", "http.send", v("{\"url\":\"http://x\"}"));
    fails("eval_builtin_error", "net.lookup_ip_addr is not available", "net.lookup_ip_addr", s("example.com"));
    assertEquals(v("set:[\"10.0.0.1\"]"), call("net.lookup_ip_addr", s("10.0.0.1")));
    assertEquals(v("set:[\"::\"]"), call("net.lookup_ip_addr", s("::")));
  }

  @Test
  void runtimeExposesOnlyTheContextEnvironment() throws Exception {
    eq("{\"env\":{\"HOME\":\"/home/x\"}}", call("opa.runtime"));
  }

  @Test
  void everyRegisteredNameIsUnique() {
    List<Builtin> all = StandardBuiltins.all();
    assertEquals(all.size(), all.stream().map(Builtin::name).distinct().count());
    assertTrue(all.size() > 100, "builtins: " + all.size());
  }
}
