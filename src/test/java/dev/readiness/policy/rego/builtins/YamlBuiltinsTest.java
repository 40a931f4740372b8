package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.Calls.call;
import static dev.readiness.policy.rego.builtins.Calls.eq;
import static dev.readiness.policy.rego.builtins.Calls.fails;
import static dev.readiness.policy.rego.builtins.Calls.s;
import static dev.readiness.policy.rego.builtins.Calls.v;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class YamlBuiltinsTest {

  @Test
  void roundTripsValues() throws Exception {
    var doc = v("[{\"foo\":[1,2,3],\"b\":true,\"n\":null,\"f\":1.5}]");
    assertEquals(doc, call("yaml.unmarshal", call("yaml.marshal", doc)));
    assertEquals(s("- foo:\n  - 1\n"), call("yaml.marshal", v("[{\"foo\":[1]}]")));
  }

  @Test
  void unmarshalUsesYaml11ScalarsAndKeepsTimestampsAsStrings() throws Exception {
    eq("{\"a\":true,\"d\":\"2020-01-02\",\"n\":1}", call("yaml.unmarshal", s("a: yes\nd: 2020-01-02\nn: 1\n")));
  }

  @Test
  void errorsLookLikeGoYaml() throws Exception {
    fails("eval_builtin_error", "yaml: line 1: did not find", "yaml.unmarshal", s("[1,2,3"));
    eq("false", call("yaml.is_valid", s("foo:\n  - baz: {")));
    eq("true", call("yaml.is_valid", s("{\"json\": \"ok\"}")));
    eq("false", call("yaml.is_valid", v("1")));
  }

  @Test
  void refusesArbitraryTypesAndAliasBombs() throws Exception {
    fails("eval_builtin_error", "yaml:", "yaml.unmarshal", s("!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]"));
    // Nine levels of ten aliases each: under SnakeYAML's alias limit, but 10^9 nodes once expanded.
    StringBuilder bomb = new StringBuilder("l0: &l0 [x,x,x,x,x,x,x,x,x,x]\n");
    for (int i = 1; i <= 9; i++) {
      bomb.append("l").append(i).append(": &l").append(i).append(" [")
          .append(String.join(",", java.util.Collections.nCopies(10, "*l" + (i - 1)))).append("]\n");
    }
    fails("eval_builtin_error", "yaml:", "yaml.unmarshal", s(bomb.toString()));
  }
}
