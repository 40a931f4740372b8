package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.Calls.call;
import static dev.readiness.policy.rego.builtins.Calls.callJ;
import static dev.readiness.policy.rego.builtins.Calls.eq;
import static dev.readiness.policy.rego.builtins.Calls.fails;
import static dev.readiness.policy.rego.builtins.Calls.s;
import static dev.readiness.policy.rego.builtins.Calls.v;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.readiness.policy.rego.value.StringValue;
import org.junit.jupiter.api.Test;

class JsonBuiltinsTest {

  @Test
  void marshalRendersSetsAsArraysAndEscapesLikeGo() throws Exception {
    assertEquals(s("[{\"foo\":[1,2,3]}]"), call("json.marshal", dev.readiness.policy.rego.value.ArrayValue.of(
        dev.readiness.policy.rego.value.ObjectValue.builder().put("foo", v("set:[3,1,2]")).build())));
    assertEquals(s("\"\\u003cb\\u003e \\u0026\""), call("json.marshal", s("<b> &")));
  }

  @Test
  void marshalWithOptions() throws Exception {
    assertEquals(s("[\n\t1,\n\t2\n]"), callJ("json.marshal_with_options", "[1,2]", "{\"pretty\":true}"));
    assertEquals(s("[1,2]"), callJ("json.marshal_with_options", "[1,2]", "{}"));
    assertEquals(s("[1,2]"), callJ("json.marshal_with_options", "[1,2]", "{\"pretty\":false,\"indent\":\"x\"}"));
    assertEquals(s("P {\nP   \"a\": []\nP }"), callJ("json.marshal_with_options", "{\"a\":[]}", "{\"prefix\":\"P \",\"indent\":\"  \"}"));
    assertEquals(s("---[]"), callJ("json.marshal_with_options", "[]", "{\"indent\":\"    \",\"prefix\":\"---\"}"));
    fails("eval_type_error", "object contained unknown key \"bad\"", "json.marshal_with_options", v("[]"), v("{\"bad\":true}"));
  }

  @Test
  void unmarshalAndIsValid() throws Exception {
    eq("[{\"foo\":[1,2,3]}]", call("json.unmarshal", s("[{\"foo\":[1,2,3]}]")));
    fails("eval_builtin_error", "json.unmarshal:", "json.unmarshal", s("{"));
    fails("eval_builtin_error", "json.unmarshal:", "json.unmarshal", s("1 2"));
    fails("eval_type_error", "operand 1 must be string but got number", "json.unmarshal", v("1"));
    eq("true", call("json.is_valid", s("{\"json\":\"ok\"}")));
    eq("false", call("json.is_valid", s("plainstring")));
    eq("false", call("json.is_valid", v("1")));
  }

  @Test
  void filterKeepsOnlyListedPaths() throws Exception {
    eq("{\"a\":{\"b\":{\"c\":7}},\"e\":9}", call("json.filter", v("{\"a\":{\"b\":{\"c\":7,\"d\":8}},\"e\":9}"), v("set:[\"a/b/c\",\"e\"]")));
    eq("{\"a\":{\"b\":7}}", call("json.filter", v("{\"a\":{\"b\":7}}"), v("set:[\"a\",\"a/b\"]")));
    eq("{\"a\":[{\"b\":7},{\"d\":9}]}", callJ("json.filter", "{\"a\":[{\"b\":7,\"c\":8},{\"d\":9}]}", "[\"a/0/b\",\"a/1\"]"));
    eq("{\"a\":{\"b\":{\"c\":7}}}", callJ("json.filter", "{\"a\":{\"b\":{\"c\":7,\"d\":8}}}", "[[\"a\",\"b\",\"c\"]]"));
  }

  @Test
  void removeDropsListedPathsAndValidatesOperands() throws Exception {
    eq("{\"a\":{\"b\":{\"d\":8}}}", callJ("json.remove", "{\"a\":{\"b\":{\"c\":7,\"d\":8}},\"e\":9}", "[\"a/b/c\",\"e\"]"));
    eq("{\"a\":[{\"1\":[\"b\",\"c\"]},{\"x\":\"y\"}]}", callJ("json.remove", "{\"a\":[{\"1\":[\"b\",\"c\",\"d\"]},{\"x\":\"y\"}]}", "[\"a/0/1/2\"]"));
    eq("{\"a\":{}}", callJ("json.remove", "{\"a\":{\"b\":7},\"c\":1}", "[\"a/b\",\"c\"]"));
    fails("eval_type_error", "json.remove: operand 1 must be object but got array", "json.remove", v("[]"), v("[]"));
    fails("eval_type_error", "json.remove: operand 2 must be one of {set, array} but got string", "json.remove", v("{}"), s("a"));
    fails("eval_type_error", "containing string paths or array of path segments but got number", "json.remove", v("{}"), v("[1]"));
  }

  @Test
  void patchAppliesRfc6902WithSetExtensions() throws Exception {
    eq("{\"a\":[1,\"x\",2]}", callJ("json.patch", "{\"a\":[1,2]}", "[{\"op\":\"add\",\"path\":\"/a/1\",\"value\":\"x\"}]"));
    eq("{\"a\":[1,2,3]}", callJ("json.patch", "{\"a\":[1,2]}", "[{\"op\":\"add\",\"path\":\"/a/-\",\"value\":3}]"));
    eq("{\"b\":1}", callJ("json.patch", "{\"a\":1}", "[{\"op\":\"move\",\"from\":\"/a\",\"path\":\"/b\"}]"));
    eq("{\"a\":2}", callJ("json.patch", "{\"a\":1}", "[{\"op\":\"replace\",\"path\":\"a\",\"value\":2}]"));
    eq("{\"a\":1,\"b\":1}", callJ("json.patch", "{\"a\":1}", "[{\"op\":\"copy\",\"from\":\"a\",\"path\":\"b\"},{\"op\":\"test\",\"path\":\"b\",\"value\":1}]"));
    fails("eval_builtin_error", "json.patch:", "json.patch", v("[1,2,3]"), v("[{\"op\":\"add\",\"path\":\"1.2\",\"value\":\"foo\"}]"));
    fails("eval_builtin_error", "test failed", "json.patch", v("{\"a\":1}"), v("[{\"op\":\"test\",\"path\":\"a\",\"value\":2}]"));
    assertEquals(StringValue.of("{\"foo\":[\"a\",\"c\"]}"), call("json.marshal", call("json.patch",
        dev.readiness.policy.rego.value.ObjectValue.builder().put("foo", v("set:[\"a\",\"b\",\"c\"]")).build(),
        v("[{\"op\":\"remove\",\"path\":\"foo/b\"}]"))));
    fails("eval_builtin_error", "set element", "json.patch",
        dev.readiness.policy.rego.value.ObjectValue.builder().put("foo", v("set:[\"a\"]")).build(),
        v("[{\"op\":\"add\",\"path\":\"foo/d\",\"value\":\"e\"}]"));
  }

  @Test
  void patchPointersFollowRfc6901() throws Exception {
    eq("{\"\":1}", callJ("json.patch", "{}", "[{\"op\":\"add\",\"path\":\"/\",\"value\":1}]"));
    eq("{\"baz\":\"qux\"}", callJ("json.patch", "{\"foo\":\"bar\"}", "[{\"op\":\"replace\",\"path\":\"\",\"value\":{\"baz\":\"qux\"}}]"));
    eq("{\"a/b\":1,\"m~n\":8}", callJ("json.patch", "{\"a/b\":1,\"m~n\":8}",
        "[{\"op\":\"test\",\"path\":\"/a~1b\",\"value\":1},{\"op\":\"test\",\"path\":\"/m~0n\",\"value\":8}]"));
    eq("{\"foo\":1}", callJ("json.patch", "{\"foo\":1}", "[{\"op\":\"move\",\"from\":\"/foo\",\"path\":\"/foo\"}]"));
    fails("eval_builtin_error", "json.patch:", "json.patch", v("[\"foo\",\"bar\"]"), v("[{\"op\":\"test\",\"path\":\"/01\",\"value\":\"bar\"}]"));
  }
}
