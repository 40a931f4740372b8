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
  void unknownTagsReadAsUntaggedWithScalarsAsTextAsOpaDoes() throws Exception {
    // outputs of opa eval (1.22.4) on the same documents (CloudFormation/SAM templates use such tags)
    eq("{\"a\":\"b\",\"c\":[\"x\",\"y\"],\"d\":{\"k\":\"v\"},\"e\":\"12\"}",
        call("yaml.unmarshal", s("a: !Ref b\nc: !GetAtt [x, y]\nd: !Sub\n  k: v\ne: !!str 12\n")));
    eq("{\"a\":\"12\",\"b\":\"true\",\"c\":\"null\",\"d\":\"\",\"e\":\"1.5\"}",
        call("yaml.unmarshal", s("a: !Ref 12\nb: !X true\nc: !X null\nd: !X\ne: !X 1.5\n")));
    eq("{\"k\":1}", call("yaml.unmarshal", s("!Top\nk: 1\n")));
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
    // a class tag constructs nothing: the node is read as plain data, as OPA 1.22.4 reads it
    eq("[[[]]]", call("yaml.unmarshal", s("!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[]]]")));
    eq("{\"a\":\"x\"}", call("yaml.unmarshal", s("a: !!python/object:os.system x\n")));
    // Nine levels of ten aliases each: under SnakeYAML's alias limit, but 10^9 nodes once expanded.
    StringBuilder bomb = new StringBuilder("l0: &l0 [x,x,x,x,x,x,x,x,x,x]\n");
    for (int i = 1; i <= 9; i++) {
      bomb.append("l").append(i).append(": &l").append(i).append(" [")
          .append(String.join(",", java.util.Collections.nCopies(10, "*l" + (i - 1)))).append("]\n");
    }
    fails("eval_builtin_error", "yaml:", "yaml.unmarshal", s(bomb.toString()));
  }
}
