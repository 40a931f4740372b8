package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.Calls.call;
import static dev.readiness.policy.rego.builtins.Calls.callJ;
import static dev.readiness.policy.rego.builtins.Calls.eq;
import static dev.readiness.policy.rego.builtins.Calls.fails;
import static dev.readiness.policy.rego.builtins.Calls.s;
import static dev.readiness.policy.rego.builtins.Calls.v;

import org.junit.jupiter.api.Test;

class ObjectBuiltinsTest {

  @Test
  void getWithKeyOrPath() throws Exception {
    eq("\"b\"", callJ("object.get", "{\"a\":\"b\"}", "\"a\"", "\"c\""));
    eq("\"c\"", callJ("object.get", "{\"a\":\"b\"}", "\"x\"", "\"c\""));
    eq("{\"a\":1}", callJ("object.get", "{\"a\":1}", "[]", "2"));
    eq("1", callJ("object.get", "{\"a\":{\"b\":[{\"c\":1}]}}", "[\"a\",\"b\",0,\"c\"]", "2"));
    eq("2", callJ("object.get", "{\"a\":{\"b\":[1]}}", "[\"a\",\"b\",\"a\"]", "2"));
    fails("eval_type_error", "object.get: operand 1 must be object but got string", "object.get", s("x"), s("a"), s("b"));
  }

  @Test
  void keysUnionAndUnionN() throws Exception {
    org.junit.jupiter.api.Assertions.assertEquals(v("set:[\"a\",\"b\"]"), call("object.keys", v("{\"b\":1,\"a\":2}")));
    eq("{\"a\":{\"b\":\"foo\",\"b1\":\"bar\"},\"d\":7,\"e\":17}",
        callJ("object.union", "{\"a\":{\"b\":{\"c\":1}},\"e\":1}", "{\"a\":{\"b\":\"foo\",\"b1\":\"bar\"},\"d\":7,\"e\":17}"));
    eq("{\"a\":{\"x\":1,\"y\":2}}", callJ("object.union", "{\"a\":{\"x\":1}}", "{\"a\":{\"y\":2}}"));
    eq("{\"foo\":\"baz\",\"x\":1}", callJ("object.union_n", "[{\"foo\":\"bar\"},{\"foo\":\"baz\",\"x\":1}]"));
    fails("eval_type_error", "object.union_n: operand 1 must be array but got null", "object.union_n", v("null"));
  }

  @Test
  void removeAndFilterAcceptArraysSetsAndObjects() throws Exception {
    eq("{\"a\":1}", callJ("object.remove", "{\"a\":1,\"b\":{\"c\":3},\"d\":4}", "[\"d\",\"b\"]"));
    eq("{\"a\":1}", call("object.remove", v("{\"a\":1,\"b\":2}"), v("set:[\"b\"]")));
    eq("{\"x\":123}", callJ("object.remove", "{\"a\":{\"b\":1},\"x\":123}", "{\"a\":{\"b\":{}}}"));
    eq("{\"a\":1,\"e\":9}", callJ("object.filter", "{\"a\":1,\"b\":2,\"e\":9}", "{\"a\":\"foo\",\"e\":\"\"}"));
    fails("eval_type_error", "object.filter: operand 2 must be one of {object, set, array} but got string",
        "object.filter", v("{}"), s("a"));
  }

  @Test
  void subsetIsRecursive() throws Exception {
    eq("true", callJ("object.subset", "{\"a\":5,\"n\":{\"x\":1,\"s\":[6,7,8]}}", "{\"n\":{\"s\":[6,7]}}"));
    eq("false", callJ("object.subset", "{\"a\":5}", "{\"a\":5,\"b\":1}"));
    eq("true", callJ("object.subset", "[1,2,3,4]", "[2,3]"));
    eq("false", callJ("object.subset", "[1,2,3,4]", "[2,4]"));
    eq("true", call("object.subset", v("[1,2,3]"), v("set:[3,1]")));
    fails("eval_type_error", "object.subset", "object.subset", v("set:[1]"), v("[1]"));
  }

  @Test
  void setUnionAndIntersection() throws Exception {
    org.junit.jupiter.api.Assertions.assertEquals(v("set:[]"), call("union", v("set:[]")));
    Object u = call("union", dev.readiness.policy.rego.value.SetValue.of(v("set:[1,2]"), v("set:[2,3]")));
    eq("\"[1,2,3]\"", call("json.marshal", (dev.readiness.policy.rego.value.Value) u));
    Object i = call("intersection", dev.readiness.policy.rego.value.SetValue.of(v("set:[1,2]"), v("set:[2,3]")));
    eq("\"[2]\"", call("json.marshal", (dev.readiness.policy.rego.value.Value) i));
    fails("eval_type_error", "union: operand 1 must be set but got array", "union", v("[]"));
  }
}
