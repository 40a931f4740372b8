package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.Calls.call;
import static dev.readiness.policy.rego.builtins.Calls.eq;
import static dev.readiness.policy.rego.builtins.Calls.s;

import org.junit.jupiter.api.Test;

class CryptoBuiltinsTest {

  @Test
  void digestsAreLowercaseHex() throws Exception {
    eq("\"80a751fde577028640c419000e33eba6\"", call("crypto.md5", s("lorem ipsum")));
    eq("\"bfb7759a67daeb65410490b4d98bb9da7d1ea2ce\"", call("crypto.sha1", s("lorem ipsum")));
    eq("\"5e2bf57d3f40c4b6df69daf1936cb766f832374b4fc0259a7cbff06e2f70f269\"", call("crypto.sha256", s("lorem ipsum")));
  }

  @Test
  void hmacMatchesRfc4231TestCase2() throws Exception {
    // RFC 4231 test case 2: key "Jefe", data "what do ya want for nothing?"
    eq("\"5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843\"",
        call("crypto.hmac.sha256", s("what do ya want for nothing?"), s("Jefe")));
    eq("\"750c783e6ab0b503eaa86e310a5db738\"", call("crypto.hmac.md5", s("what do ya want for nothing?"), s("Jefe")));
  }

  @Test
  void hmacEqualComparesExactly() throws Exception {
    eq("true", call("crypto.hmac.equal", s("abc"), s("abc")));
    eq("false", call("crypto.hmac.equal", s("abc"), s("abd")));
    eq("false", call("crypto.hmac.equal", s("abc"), s("abcd")));
  }
}
