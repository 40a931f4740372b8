package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.Calls.call;
import static dev.readiness.policy.rego.builtins.Calls.eq;
import static dev.readiness.policy.rego.builtins.Calls.fails;
import static dev.readiness.policy.rego.builtins.Calls.s;
import static dev.readiness.policy.rego.builtins.Calls.v;

import org.junit.jupiter.api.Test;

class JsonSchemaTest {
  private static final String SCHEMA = "{\"type\":\"object\",\"required\":[\"name\"],\"additionalProperties\":false,"
      + "\"properties\":{\"name\":{\"type\":\"string\",\"minLength\":2},\"port\":{\"type\":\"integer\",\"minimum\":1,\"maximum\":65535},"
      + "\"tags\":{\"type\":\"array\",\"items\":{\"enum\":[\"a\",\"b\"]},\"uniqueItems\":true}}}";

  @Test
  void verifySchema() throws Exception {
    eq("[true,null]", call("json.verify_schema", s(SCHEMA)));
    eq("[true,null]", call("json.verify_schema", v(SCHEMA)));
    eq("[false,\"jsonschema: has a primitive type that is NOT VALID -- given: /wat/ Expected valid values are:"
        + "[array boolean integer number null object string]\"]", call("json.verify_schema", v("{\"type\":\"wat\"}")));
  }

  @Test
  void matchReportsGojsonschemaStyleErrors() throws Exception {
    eq("[true,[]]", call("json.match_schema", v("{\"name\":\"web\",\"port\":80,\"tags\":[\"a\"]}"), v(SCHEMA)));
    eq("[true,[]]", call("json.match_schema", s("{\"name\":\"web\"}"), s(SCHEMA)));
    eq("[false,[{\"desc\":\"Invalid type. Expected: integer, given: string\",\"error\":\"port: Invalid type. Expected: integer, "
        + "given: string\",\"field\":\"port\",\"type\":\"invalid_type\"}]]",
        call("json.match_schema", v("{\"name\":\"web\",\"port\":\"80\"}"), v(SCHEMA)));
    eq("[false,[{\"desc\":\"name is required\",\"error\":\"(root): name is required\",\"field\":\"(root)\",\"type\":\"required\"}]]",
        call("json.match_schema", v("{}"), v(SCHEMA)));
    eq("[false,[{\"desc\":\"Must be less than or equal to 65535\",\"error\":\"port: Must be less than or equal to 65535\","
        + "\"field\":\"port\",\"type\":\"number_lte\"}]]", call("json.match_schema", v("{\"name\":\"web\",\"port\":70000}"), v(SCHEMA)));
    eq("[false,[{\"desc\":\"Additional property x is not allowed\",\"error\":\"(root): Additional property x is not allowed\","
        + "\"field\":\"(root)\",\"type\":\"additional_property_not_allowed\"}]]",
        call("json.match_schema", v("{\"name\":\"web\",\"x\":1}"), v(SCHEMA)));
    eq("false", ((dev.readiness.policy.rego.value.ArrayValue) call("json.match_schema",
        v("{\"name\":\"web\",\"tags\":[\"a\",\"a\"]}"), v(SCHEMA))).get(0));
    fails("eval_builtin_error", "json.match_schema: has a primitive type that is NOT VALID", "json.match_schema", v("{}"), v("{\"type\":\"x\"}"));
  }

  @Test
  void combinatorsAndReferences() throws Exception {
    String schema = "{\"definitions\":{\"port\":{\"type\":\"integer\"}},\"anyOf\":[{\"$ref\":\"#/definitions/port\"},{\"type\":\"string\",\"pattern\":\"^[0-9]+/tcp$\"}]}";
    eq("[true,[]]", call("json.match_schema", v("80"), v(schema)));
    eq("[true,[]]", call("json.match_schema", s("\"80/tcp\""), v(schema)));
    eq("false", ((dev.readiness.policy.rego.value.ArrayValue) call("json.match_schema", s("\"http\""), v(schema))).get(0));
  }
}
