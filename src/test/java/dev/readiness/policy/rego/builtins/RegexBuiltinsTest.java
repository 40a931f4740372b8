package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.Calls.call;
import static dev.readiness.policy.rego.builtins.Calls.callJ;
import static dev.readiness.policy.rego.builtins.Calls.eq;
import static dev.readiness.policy.rego.builtins.Calls.fails;
import static dev.readiness.policy.rego.builtins.Calls.s;
import static dev.readiness.policy.rego.builtins.Calls.v;

import org.junit.jupiter.api.Test;

class RegexBuiltinsTest {

  @Test
  void matchIsUnanchoredAndBadPatternsAreBuiltinErrors() throws Exception {
    eq("true", call("regex.match", s("^[a-z]+\\[[0-9]+\\]$"), s("foo[1]")));
    eq("true", call("regex.match", s(""), s("x")));
    eq("false", call("regex.match", s("^$"), s("something")));
    fails("eval_builtin_error", "regex.match: error parsing regexp", "regex.match", s("$^[[["), s("x"));
  }

  @Test
  void isValidNeverFails() throws Exception {
    eq("true", call("regex.is_valid", s(".+")));
    eq("false", call("regex.is_valid", s("++")));
    eq("false", call("regex.is_valid", v("1")));
  }

  @Test
  void findNAndSubmatches() throws Exception {
    eq("[\"ar\",\"an\",\"al\"]", call("regex.find_n", s("a."), s("paranormal"), v("-1")));
    eq("[\"ar\",\"an\"]", call("regex.find_n", s("a."), s("paranormal"), v("2")));
    eq("[]", call("regex.find_n", s("a."), s("paranormal"), v("0")));
    eq("[[\"ab\",\"\"],[\"axb\",\"x\"]]", call("regex.find_all_string_submatch_n", s("a(x*)b"), s("-ab-axb-"), v("-1")));
    eq("[[\"som\",\"o\",\"m\"],[\"ri\",\"i\",\"\"]]",
        call("regex.find_all_string_submatch_n", s("[^aouiye]([aouiye])([^aouiye])?"), s("somestri"), v("-1")));
  }

  @Test
  void splitFollowsGoRegexpSplit() throws Exception {
    eq("[\"\"]", call("regex.split", s("^[a-z]+\\[[0-9]+\\]$"), s("")));
    eq("[\"\",\" baz\"]", call("regex.split", s("^[a-z]+"), s("foobar baz")));
    eq("[\"foobar \",\"\"]", call("regex.split", s("[a-z]+$"), s("foobar baz")));
    eq("[\"\",\"\"]", call("regex.split", s("^[a-z ]+$"), s("foobar baz")));
    eq("[\"b\",\"n\",\"n\",\"\"]", call("regex.split", s("a"), s("banana")));
  }

  @Test
  void replaceExpandsGroupsLikeGo() throws Exception {
    eq("\"-0-0-\"", call("regex.replace", s("-wy-wxxy-"), s("w(x*)y"), s("0")));
    eq("\"foofoo\"", call("regex.replace", s("foo"), s("(foo)"), s("$1$1")));
    eq("\"_o __\"", call("regex.replace", s("foo barx"), s("[a-z]{2}"), s("_")));
    eq("\"<ab>\"", call("regex.replace", s("a"), s("(?P<x>a)"), s("<${x}b>")));
    eq("\"<>\"", call("regex.replace", s("a"), s("(?P<x>a)"), s("<$xb>")));
  }

  @Test
  void templateMatch() throws Exception {
    eq("true", callJ("regex.template_match", "\"urn:foo:{.*}\"", "\"urn:foo:bar:baz\"", "\"{\"", "\"}\""));
    eq("false", callJ("regex.template_match", "\"urn:foo:<[0-9]+>\"", "\"urn:foo:bar\"", "\"<\"", "\">\""));
  }
}
