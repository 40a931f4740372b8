package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.Calls.call;
import static dev.readiness.policy.rego.builtins.Calls.eq;
import static dev.readiness.policy.rego.builtins.Calls.fails;
import static dev.readiness.policy.rego.builtins.Calls.s;
import static dev.readiness.policy.rego.builtins.Calls.v;

import org.junit.jupiter.api.Test;

class TypeBuiltinsTest {

  @Test
  void typeChecksReturnFalseRatherThanUndefined() throws Exception {
    eq("true", call("is_number", v("-42.0")));
    eq("false", call("is_number", v("null")));
    eq("true", call("is_set", v("set:[1]")));
    eq("false", call("is_array", v("set:[1]")));
    eq("true", call("is_object", v("{}")));
    eq("true", call("is_null", v("null")));
    eq("false", call("is_boolean", s("true")));
    eq("true", call("is_string", s("")));
  }

  @Test
  void typeNames() throws Exception {
    eq("\"set\"", call("type_name", v("set:[]")));
    eq("\"boolean\"", call("type_name", v("true")));
    eq("\"null\"", call("type_name", v("null")));
  }

  @Test
  void toNumberCastsAndRejectsNonFinite() throws Exception {
    eq("-42", call("to_number", s("-42.0")));
    eq("0", call("to_number", v("false")));
    eq("1", call("to_number", v("true")));
    eq("0", call("to_number", v("null")));
    eq("1000", call("to_number", s("1e3")));
    fails("eval_builtin_error", "invalid syntax", "to_number", s("broken"));
    fails("eval_type_error", "", "to_number", s("-Infinity"));
    fails("eval_type_error", "", "to_number", s("nan"));
    fails("eval_type_error", "to_number: operand 1 must be one of", "to_number", v("[]"));
  }
}
