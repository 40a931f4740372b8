package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.Calls.call;
import static dev.readiness.policy.rego.builtins.Calls.eq;
import static dev.readiness.policy.rego.builtins.Calls.fails;
import static dev.readiness.policy.rego.builtins.Calls.s;
import static dev.readiness.policy.rego.builtins.Calls.v;

import org.junit.jupiter.api.Test;

/** bits.*, numbers.range*, units.parse*. */
class NumericBuiltinsTest {

  @Test
  void bitsOnBigIntegers() throws Exception {
    eq("1", call("bits.and", v("7"), v("9")));
    eq("15", call("bits.or", v("7"), v("9")));
    eq("14", call("bits.xor", v("7"), v("9")));
    eq("-43", call("bits.negate", v("42")));
    eq("18446744073709551614", call("bits.lsh", v("9223372036854775807"), v("1")));
    eq("2", call("bits.rsh", v("8"), v("2")));
    fails("eval_type_error", "bits.and: operand 1 must be integer number but got floating-point number", "bits.and", v("7.2"), v("1"));
    fails("eval_type_error", "bits.lsh: operand 2 must be an unsigned integer number but got a negative integer", "bits.lsh", v("7"), v("-1"));
  }

  @Test
  void ranges() throws Exception {
    eq("[2,1,0,-1]", call("numbers.range", v("2"), v("-1")));
    eq("[0]", call("numbers.range", v("0"), v("0")));
    eq("[49649733057,49649733058]", call("numbers.range", v("49649733057"), v("49649733058")));
    eq("[10,8,6,4]", call("numbers.range_step", v("10"), v("3"), v("2")));
    eq("[0]", call("numbers.range_step", v("0"), v("10"), v("99999999999999999999")));
    fails("eval_type_error", "numbers.range: operand 2 must be integer number but got floating-point number", "numbers.range", v("3"), v("3.14"));
    fails("eval_builtin_error", "numbers.range_step: step must be a positive integer", "numbers.range_step", v("0"), v("10"), v("-2"));
    fails("eval_builtin_error", "range too large", "numbers.range", v("0"), v("100000000000"));
  }

  @Test
  void unitsParseIsExactAndCaseSensitiveForMilli() throws Exception {
    eq("0.5", call("units.parse", s("500m")));
    eq("0.5", call("units.parse", s("0.0000005M")));
    eq("2097152", call("units.parse", s("2Mi")));
    eq("10240", call("units.parse", s("10KI")));
    eq("109951162777600", call("units.parse", s("\"100TI\"")));
    eq("-0.35", call("units.parse", s("-3.5E2m")));
    eq("0.78", call("units.parse", s("7.8E-1")));
    eq("5000000000000000000", call("units.parse", s("5E")));
    fails("eval_builtin_error", "units.parse: no amount provided", "units.parse", s("foo"));
    fails("eval_builtin_error", "units.parse: could not parse amount to a number", "units.parse", s(".5.2"));
    fails("eval_builtin_error", "units.parse: spaces not allowed in resource strings", "units.parse", s(" 327Mi "));
  }

  @Test
  void unitsParseBytesTruncatesAndIgnoresCase() throws Exception {
    eq("1126", call("units.parse_bytes", s("1.1KiB")));
    eq("109951162777600", call("units.parse_bytes", s("\"100TIB\"")));
    eq("10000000000000000000", call("units.parse_bytes", s("10e")));
    eq("10", call("units.parse_bytes", s("1e-2KB")));
    fails("eval_builtin_error", "units.parse_bytes: no byte amount provided", "units.parse_bytes", s("GB"));
    fails("eval_builtin_error", "units.parse_bytes: could not parse byte amount to a number", "units.parse_bytes", s("0.0.0"));
  }
}
