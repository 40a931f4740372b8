package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.Calls.call;
import static dev.readiness.policy.rego.builtins.Calls.callJ;
import static dev.readiness.policy.rego.builtins.Calls.eq;
import static dev.readiness.policy.rego.builtins.Calls.fails;
import static dev.readiness.policy.rego.builtins.Calls.s;
import static dev.readiness.policy.rego.builtins.Calls.v;

import org.junit.jupiter.api.Test;

class StringBuiltinsTest {

  @Test
  void concatJoinsArraysAndSetsAndRejectsNonStrings() throws Exception {
    eq("\"/foo/bar\"", callJ("concat", "\"/\"", "[\"\",\"foo\",\"bar\"]"));
    eq("\"a,b\"", call("concat", s(","), v("set:[\"b\",\"a\"]")));
    fails("eval_type_error", "concat: operand 2 must be array of strings but got array containing number", "concat", s(","), v("[1]"));
  }

  @Test
  void predicatesAndCase() throws Exception {
    eq("true", callJ("contains", "\"abcdefgh\"", "\"defg\""));
    eq("false", callJ("startswith", "\"abc\"", "\"bc\""));
    eq("true", callJ("endswith", "\"abc\"", "\"bc\""));
    eq("\"ABC\"", callJ("upper", "\"aBc\""));
    eq("\"abc\"", callJ("lower", "\"aBc\""));
    fails("eval_type_error", "startswith: operand 1 must be string but got number", "startswith", v("1"), s("a"));
  }

  @Test
  void splitFollowsGo() throws Exception {
    eq("[\"\"]", callJ("split", "\"\"", "\".\""));
    eq("[\"t\",\"e\",\"s\",\"t\"]", callJ("split", "\"test\"", "\"\""));
    eq("[]", callJ("split", "\"\"", "\"\""));
    eq("[\"foo\",\"bar\",\"baz\"]", callJ("split", "\"foo.bar.baz\"", "\".\""));
  }

  @Test
  void replaceAndReplaceN() throws Exception {
    eq("\"foo,,.bar\"", callJ("replace", "\"foo...bar\"", "\"..\"", "\",,\""));
    eq("\"xoobar\"", callJ("strings.replace_n", "{\"f\":\"x\",\"foo\":\"xxx\"}", "\"foobar\""));
    eq("\"This is &lt;b&gt;\"", callJ("strings.replace_n", "{\"<\":\"&lt;\",\">\":\"&gt;\"}", "\"This is <b>\""));
    fails("eval_type_error", "strings.replace_n: operand 1 non-string value found in pattern object",
        "strings.replace_n", v("{\"a\":1}"), s("a"));
  }

  @Test
  void trimFamilyCountsCodePoints() throws Exception {
    eq("\"foo, bar\"", callJ("trim", "\"¡¡¡foo, bar!!!\"", "\"!¡\""));
    eq("\"foo.bar...\"", callJ("trim_left", "\"...foo.bar...\"", "\".\""));
    eq("\"...foo.bar\"", callJ("trim_right", "\"...foo.bar...\"", "\".\""));
    eq("\", bar\"", callJ("trim_prefix", "\"foo, bar\"", "\"foo\""));
    eq("\"foo\"", callJ("trim_suffix", "\"foo, bar\"", "\", bar\""));
    eq("\"foo, bar\"", call("trim_space", s(" \t\n foo, bar \n\t\r\n")));
  }

  @Test
  void substringAndIndexesUseCodePoints() throws Exception {
    eq("\"cde\"", callJ("substring", "\"abcdefgh\"", "2", "3"));
    eq("\"äö\"", callJ("substring", "\"aåäö\"", "2", "-1"));
    eq("\"\"", callJ("substring", "\"åäö\"", "4", "-1"));
    fails("eval_builtin_error", "negative offset", "substring", s("aaa"), v("-1"), v("-1"));
    eq("9", callJ("indexof", "\"skön var våren\"", "\"vår\""));
    eq("-1", callJ("indexof", "\"μ\"", "\"μμ\""));
    eq("[1,3,5]", call("indexof_n", s("😇😀😇😀😇😀"), s("😀")));
    eq("3", callJ("strings.count", "\"cheese\"", "\"e\""));
    eq("6", callJ("strings.count", "\"dummy\"", "\"\""));
    eq("2", callJ("strings.count", "\"11111\"", "\"11\""));
  }

  @Test
  void formatIntTruncatesAndChecksBase() throws Exception {
    eq("\"f\"", callJ("format_int", "15.5", "16"));
    eq("\"-101\"", callJ("format_int", "-5", "2"));
    fails("eval_type_error", "operand 2 must be one of {2, 8, 10, 16}", "format_int", v("4"), v("199"));
  }

  @Test
  void reverseKeepsSurrogatePairs() throws Exception {
    eq("\"rab\"", call("strings.reverse", s("bar")));
    eq("\"\\u20e3\\ufe0f2\"", call("strings.reverse", s("2\ufe0f\u20e3")));
    fails("eval_type_error", "reverse: operand 1 must be string but got number", "strings.reverse", v("1"));
  }

  @Test
  void anyPrefixAndSuffixMatch() throws Exception {
    eq("true", callJ("strings.any_prefix_match", "[\"foo\",\"bar\"]", "\"ba\""));
    eq("false", callJ("strings.any_suffix_match", "\"foo\"", "[\"x\",\"y\"]"));
    eq("true", call("strings.any_suffix_match", v("set:[\"foo\"]"), v("set:[\"oo\"]")));
    fails("eval_type_error", "strings.any_prefix_match: operand 1 must be one of {string, set, array} but got number",
        "strings.any_prefix_match", v("1"), s("a"));
    fails("eval_type_error", "operand 2 must be array of strings but got array containing number",
        "strings.any_prefix_match", s("a"), v("[1]"));
  }
}
