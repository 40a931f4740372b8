package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.Calls.call;
import static dev.readiness.policy.rego.builtins.Calls.eq;
import static dev.readiness.policy.rego.builtins.Calls.fails;
import static dev.readiness.policy.rego.builtins.Calls.s;
import static dev.readiness.policy.rego.builtins.Calls.v;

import org.junit.jupiter.api.Test;

class SemverBuiltinsTest {

  @Test
  void validity() throws Exception {
    eq("true", call("semver.is_valid", s("1.0.0")));
    eq("true", call("semver.is_valid", s("1.0.0-rc.1+build.5")));
    eq("false", call("semver.is_valid", s("1")));
    eq("false", call("semver.is_valid", s("01.0.0")));
    eq("false", call("semver.is_valid", v("1")));
  }

  @Test
  void precedence() throws Exception {
    eq("-1", call("semver.compare", s("1.0.0"), s("2.0.0")));
    eq("1", call("semver.compare", s("1.10.0"), s("1.9.0")));
    eq("-1", call("semver.compare", s("1.0.0-alpha"), s("1.0.0")));
    eq("-1", call("semver.compare", s("1.0.0-alpha.1"), s("1.0.0-alpha.beta")));
    eq("1", call("semver.compare", s("1.0.0-rc.11"), s("1.0.0-rc.2")));
    eq("0", call("semver.compare", s("1.0.0+a"), s("1.0.0+b")));
    fails("eval_builtin_error", "semver.compare: operand 2: string \"1\" is not a valid SemVer", "semver.compare", s("1.0.0"), s("1"));
  }
}
