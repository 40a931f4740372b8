package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.Calls.call;
import static dev.readiness.policy.rego.builtins.Calls.callJ;
import static dev.readiness.policy.rego.builtins.Calls.eq;
import static dev.readiness.policy.rego.builtins.Calls.fails;
import static dev.readiness.policy.rego.builtins.Calls.s;
import static dev.readiness.policy.rego.builtins.Calls.v;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NetBuiltinsTest {

  @Test
  void containsCidrsAndAddresses() throws Exception {
    eq("true", call("net.cidr_contains", s("10.0.0.0/8"), s("10.1.0.0/24")));
    eq("false", call("net.cidr_contains", s("172.17.0.0/24"), s("172.17.0.0/16")));
    eq("true", call("net.cidr_contains", s("10.0.0.0/8"), s("10.1.2.3")));
    eq("true", call("net.cidr_contains", s("2001:4860:4860::8888/32"), s("2001:4860:4860:1234::8888/40")));
    eq("false", call("net.cidr_contains", s("2001:4860::/32"), s("fd1e:5bfe:8af3:9ddc::/64")));
    fails("eval_builtin_error", "", "net.cidr_contains", s("not-a-cidr"), s("192.168.1.67"));
    fails("eval_builtin_error", "", "net.cidr_contains", s("192.168.1.0/28"), s("not-a-cidr"));
  }

  @Test
  void validityAndIntersection() throws Exception {
    eq("true", call("net.cidr_is_valid", s("2002::1234:abcd:ffff:c0a8:101/64")));
    eq("false", call("net.cidr_is_valid", s("192.168.1.2")));
    eq("false", call("net.cidr_is_valid", s("010.0.0.0/8")));
    eq("false", call("net.cidr_is_valid", s("10.0.0.0/33")));
    eq("true", call("net.cidr_intersects", s("192.168.1.0/25"), s("192.168.1.64/25")));
    eq("false", call("net.cidr_intersects", s("192.168.1.0/24"), s("192.168.2.0/24")));
  }

  @Test
  void expand() throws Exception {
    assertEquals(v("set:[\"192.168.1.0\",\"192.168.1.1\",\"192.168.1.2\",\"192.168.1.3\"]"), call("net.cidr_expand", s("192.168.1.1/30")));
    fails("eval_builtin_error", "net.cidr_expand: invalid CIDR address: 192.168.1.1/33", "net.cidr_expand", s("192.168.1.1/33"));
    fails("eval_builtin_error", "too large", "net.cidr_expand", s("10.0.0.0/8"));
  }

  @Test
  void merge() throws Exception {
    eq("[\"192.0.2.112/29\"]", callJ("net.cidr_merge", "[\"192.0.2.112/30\",\"192.0.2.116/31\",\"192.0.2.118/31\"]"));
    eq("[\"192.0.2.112/30\",\"192.0.2.116/32\",\"192.0.2.118/31\"]",
        callJ("net.cidr_merge", "[\"192.0.2.112/30\",\"192.0.2.116/32\",\"192.0.2.118/31\"]"));
    eq("[\"192.0.2.0/23\",\"192.0.4.0/24\",\"fe80::/120\"]",
        callJ("net.cidr_merge", "[\"fe80::/120\",\"192.0.2.0/24\",\"192.0.3.0/24\",\"192.0.4.0/25\",\"192.0.4.128/25\"]"));
    eq("[\"::/0\"]", callJ("net.cidr_merge", "[\"::/0\",\"::192.0.2.0/124\",\"ff00::101/128\"]"));
    eq("[\"2601:600:8a80:207e::/64\"]",
        callJ("net.cidr_merge", "[\"2601:600:8a80:207e:a57d:7567:e2c9:e7b3/64\",\"2601:600:8a80:207e:a57d:7567:e2c9:e7b3/128\"]"));
    eq("[\"192.0.128.0/23\"]", callJ("net.cidr_merge", "[\"192.0.128.0\",\"192.0.129.0\"]"));
    fails("eval_builtin_error", "net.cidr_merge: IPv6 invalid: needs prefix length", "net.cidr_merge", v("[\"2601:600::1\"]"));
  }

  @Test
  void containsMatchesReturnsKeyPairs() throws Exception {
    assertEquals(v("set:[[0,1],[1,0]]"), callJ("net.cidr_contains_matches", "[\"1.1.2.0/24\",\"1.1.1.0/24\"]", "[\"1.1.1.1\",\"1.1.2.1\"]"));
    assertEquals(v("set:[[\"k1\",\"1.1.1.128\"],[\"k2\",\"1.1.1.128\"]]"),
        callJ("net.cidr_contains_matches", "{\"k1\":\"1.1.1.1/24\",\"k2\":[\"1.1.1.2/24\",1]}", "\"1.1.1.128\""));
    fails("eval_builtin_error", "net.cidr_contains_matches: operand 2: element must be string or non-empty array",
        "net.cidr_contains_matches", v("[\"1.1.1.0/24\"]"), v("[[]]"));
  }
}
