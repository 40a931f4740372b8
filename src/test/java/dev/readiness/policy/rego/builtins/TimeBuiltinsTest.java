package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.Calls.call;
import static dev.readiness.policy.rego.builtins.Calls.eq;
import static dev.readiness.policy.rego.builtins.Calls.fails;
import static dev.readiness.policy.rego.builtins.Calls.s;
import static dev.readiness.policy.rego.builtins.Calls.v;

import dev.readiness.policy.rego.value.NumberValue;
import org.junit.jupiter.api.Test;

class TimeBuiltinsTest {

  @Test
  void nowComesFromTheContext() throws Exception {
    eq(Long.toString(Calls.NOW), call("time.now_ns"));
  }

  @Test
  void parseWithGoLayouts() throws Exception {
    eq("1496455200000000000", call("time.parse_ns", s("2006-01-02T15:04:05Z07:00"), s("2017-06-02T19:00:00-07:00")));
    eq("1496455200000000000", call("time.parse_ns", s("01/02 03:04:05PM '06 -0700"), s("06/02 07:00:00PM '17 -0700")));
    eq("1496455200000000000", call("time.parse_ns", s("02 Jan 06 15:04 -0700"), s("02 Jun 17 19:00 -0700")));
    eq("1496455200000000000", call("time.parse_ns", s("RFC822Z"), s("02 Jun 17 19:00 -0700")));
    eq("1580601600000000000", call("time.parse_ns", s("2006-01-02"), s("2020-02-02")));
    eq("-9223372036854775808", call("time.parse_rfc3339_ns", s("1677-09-21T00:12:43.145224192-00:00")));
    eq("9223372036854775807", call("time.parse_rfc3339_ns", s("2262-04-11T23:47:16.854775807Z")));
    fails("eval_builtin_error", "time outside of valid range", "time.parse_rfc3339_ns", s("2262-04-11T23:47:16.854775808-00:00"));
    fails("eval_builtin_error", "time.parse_ns: parsing time", "time.parse_ns", s("2006-01-02"), s("02/02/2020"));
  }

  @Test
  void durations() throws Exception {
    eq("100000000", call("time.parse_duration_ns", s("100ms")));
    eq("-5400000000000", call("time.parse_duration_ns", s("-1h30m")));
    eq("1500", call("time.parse_duration_ns", s("1.5µs")));
    fails("eval_builtin_error", "time: missing unit", "time.parse_duration_ns", s("100"));
  }

  @Test
  void dateClockWeekdayWithZones() throws Exception {
    eq("[2018,2,5]", call("time.date", v("1517814000000000000")));
    eq("[2018,2,4]", call("time.date", v("[1517814000000000000,\"America/Los_Angeles\"]")));
    eq("[7,0,0]", call("time.clock", v("[1517832000000000000,\"America/New_York\"]")));
    eq("\"Monday\"", call("time.weekday", v("1517832000000000000")));
    fails("eval_builtin_error", "timestamp too big", "time.date", v("1582977600000000000000"));
  }

  @Test
  void addDateNormalisesLikeGo() throws Exception {
    eq("1705257221593912000", call("time.add_date", v("1585852421593912000"), v("3"), v("9"), v("12")));
    eq("1551465221593912000", call("time.add_date", v("1585852421593912000"), v("-1"), v("-1"), v("-1")));
    // 2021-01-31 + 1 month = 2021-03-03 in Go (no clamping to Feb 28).
    NumberValue jan31 = (NumberValue) call("time.parse_ns", s("2006-01-02"), s("2021-01-31"));
    eq("[2021,3,3]", call("time.date", call("time.add_date", jan31, v("0"), v("1"), v("0"))));
    fails("eval_builtin_error", "time outside of valid range", "time.add_date", v("0"), v("2262"), v("1"), v("1"));
  }

  @Test
  void diff() throws Exception {
    var a = call("time.parse_ns", s("2006-01-02"), s("2020-02-02"));
    var b = call("time.parse_ns", s("2006-01-02"), s("2020-03-01"));
    eq("[0,0,28,0,0,0]", call("time.diff", a, b));
    eq("[0,0,28,0,0,0]", call("time.diff", b, a));
    var c = call("time.parse_ns", s("2006-01-02"), s("2004-02-29"));
    var d = call("time.parse_ns", s("2006-01-02"), s("2005-03-01"));
    eq("[1,0,1,0,0,0]", call("time.diff", c, d));
  }

  @Test
  void formatWithZonesAndNamedLayouts() throws Exception {
    eq("\"2022-12-02T18:40:53.141828752Z\"", call("time.format", v("1670006453141828752")));
    eq("\"2022-12-03T00:10:53.141828752+05:30\"", call("time.format", v("[1670006453141828752,\"Asia/Kolkata\"]")));
    eq("\"Sat Dec 03 00:10:53 +0530 2022\"",
        call("time.format", v("[1670006453141828752,\"Asia/Kolkata\",\"Mon Jan 02 15:04:05 -0700 2006\"]")));
    eq("\"Sat, 03 Dec 2022 00:10:53 +0530\"", call("time.format", v("[1670006453141828752,\"Asia/Kolkata\",\"RFC1123Z\"]")));
    eq("\"6:40PM\"", call("time.format", v("[1670006453141828752,\"\",\"Kitchen\"]")));
    eq("\"2022-12-02T18:40:53Z\"", call("time.format", v("[1670006453000000000,\"UTC\",\"RFC3339Nano\"]")));
  }
}
