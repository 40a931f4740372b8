package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.Calls.call;
import static dev.readiness.policy.rego.builtins.Calls.eq;
import static dev.readiness.policy.rego.builtins.Calls.fails;
import static dev.readiness.policy.rego.builtins.Calls.s;
import static dev.readiness.policy.rego.builtins.Calls.v;

import org.junit.jupiter.api.Test;

class EncodingBuiltinsTest {

  @Test
  void base64StdRequiresPadding() throws Exception {
    eq("\"c3ViamVjdHM/X2Q=\"", call("base64.encode", s("subjects?_d")));
    eq("\"subjects?_d\"", call("base64.decode", s("c3ViamVjdHM/X2Q=")));
    eq("true", call("base64.is_valid", s("aGVsbG8=")));
    eq("false", call("base64.is_valid", s("aGVsbG8")));
    eq("false", call("base64.is_valid", s("{'not':'base64'}")));
    fails("eval_builtin_error", "base64.decode:", "base64.decode", s("!!!!"));
  }

  @Test
  void base64UrlAcceptsMissingPadding() throws Exception {
    eq("\"aGVsbG8=\"", call("base64url.encode", s("hello")));
    eq("\"aGVsbG8\"", call("base64url.encode_no_pad", s("hello")));
    eq("\"hello\"", call("base64url.decode", s("aGVsbG8")));
    eq("\"hello\"", call("base64url.decode", s("aGVsbG8=")));
    eq("\"w7_Drw==\"", call("base64url.encode", s("\u00ff\u00ef")));
  }

  @Test
  void hex() throws Exception {
    eq("\"6c6f72656d\"", call("hex.encode", s("lorem")));
    eq("\"lorem\"", call("hex.decode", s("6c6f72656d")));
    fails("eval_builtin_error", "invalid byte: U+0067 'g'", "hex.decode", s("fghijkl"));
    fails("eval_builtin_error", "odd length", "hex.decode", s("abc"));
  }

  @Test
  void urlquery() throws Exception {
    eq("\"a%3Db%2B1+~x\"", call("urlquery.encode", s("a=b+1 ~x")));
    eq("\"a=b+1 c\"", call("urlquery.decode", s("a%3Db%2B1+c")));
    fails("eval_builtin_error", "invalid URL escape \"%zz\"", "urlquery.decode", s("%zz"));
    eq("\"a=b%2B1&a=c%2B2&z=1\"", call("urlquery.encode_object", v("{\"z\":\"1\",\"a\":[\"b+1\",\"c+2\"]}")));
    eq("\"a=x\"", call("urlquery.encode_object", v("{\"a\":" + "\"x\"}")));
    eq("{\"a\":[\"1\",\"2\"],\"b\":[\"\"]}", call("urlquery.decode_object", s("a=1&b&a=2")));
    eq("{}", call("urlquery.decode_object", s("")));
  }
}
