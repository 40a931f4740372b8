package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.Calls.call;
import static dev.readiness.policy.rego.builtins.Calls.eq;
import static dev.readiness.policy.rego.builtins.Calls.fails;
import static dev.readiness.policy.rego.builtins.Calls.s;
import static dev.readiness.policy.rego.builtins.Calls.v;

import org.junit.jupiter.api.Test;

class GlobBuiltinsTest {

  @Test
  void starStopsAtDelimitersAndSuperStarCrossesThem() throws Exception {
    eq("true", call("glob.match", s("*.github.com"), v("[\".\"]"), s("api.github.com")));
    eq("false", call("glob.match", s("*.github.com"), v("[\".\"]"), s("api.cdn.github.com")));
    eq("true", call("glob.match", s("api.**.com"), v("[\".\"]"), s("api.cdn.github.com")));
    eq("true", call("glob.match", s("*:github:com"), v("[\":\"]"), s("api:github:com")));
  }

  @Test
  void defaultDelimiterIsDotAndNullMeansNone() throws Exception {
    eq("false", call("glob.match", s("*"), v("[]"), s("foo.bar")));
    eq("true", call("glob.match", s("*"), v("null"), s("foo.bar")));
  }

  @Test
  void classesAlternativesAndSingleChars() throws Exception {
    eq("true", call("glob.match", s("[abc]at"), v("[]"), s("cat")));
    eq("true", call("glob.match", s("[!abc]at"), v("[]"), s("fat")));
    eq("false", call("glob.match", s("[!a-c]at"), v("[]"), s("bat")));
    eq("true", call("glob.match", s("{cat,bat,[fr]at}"), v("[]"), s("rat")));
    eq("false", call("glob.match", s("{cat,bat,[fr]at}"), v("[]"), s("at")));
    eq("false", call("glob.match", s("?at"), v("[\"f\"]"), s("fat")));
    eq("true", call("glob.match", s("\\*x"), v("[]"), s("*x")));
  }

  @Test
  void malformedPatternsAndQuoteMeta() throws Exception {
    fails("eval_builtin_error", "glob.match:", "glob.match", s("[abc"), v("[]"), s("a"));
    eq("\"\\\\*.github.com\"", call("glob.quote_meta", s("*.github.com")));
  }
}
