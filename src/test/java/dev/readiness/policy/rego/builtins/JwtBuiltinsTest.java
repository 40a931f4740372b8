package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.Calls.call;
import static dev.readiness.policy.rego.builtins.Calls.eq;
import static dev.readiness.policy.rego.builtins.Calls.fails;
import static dev.readiness.policy.rego.builtins.Calls.s;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class JwtBuiltinsTest {
  /** The well-known example token of RFC 7519 tooling (HS256, secret "your-256-bit-secret"). */
  private static final String HS256 = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
      + "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ."
      + "SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

  @Test
  void decodeReturnsHeaderPayloadAndHexSignature() throws Exception {
    eq("[{\"alg\":\"HS256\",\"typ\":\"JWT\"},{\"iat\":1516239022,\"name\":\"John Doe\",\"sub\":\"1234567890\"},"
        + "\"49f94ac7044948c78a285d904f87f0a4c7897f7e8f3a4eb2255fda750b2cc397\"]", call("io.jwt.decode", s(HS256)));
    fails("eval_builtin_error", "encoded JWT had no period separators", "io.jwt.decode", s("abc"));
    fails("eval_builtin_error", "encoded JWT must have 3 sections, found 2", "io.jwt.decode", s("a.b"));
    fails("eval_builtin_error", "JWT header had invalid encoding: illegal base64 data at input byte 2", "io.jwt.decode", s("ab$.e30.e30"));
    String jwe = URL.encodeToString("{\"alg\":\"dir\",\"enc\":\"A128GCM\"}".getBytes(StandardCharsets.UTF_8));
    fails("eval_builtin_error", "JWT is a JWE object, which is not supported", "io.jwt.decode", s(jwe + ".e30.e30"));
  }

  @Test
  void hmacVerification() throws Exception {
    eq("true", call("io.jwt.verify_hs256", s(HS256), s("your-256-bit-secret")));
    eq("false", call("io.jwt.verify_hs256", s(HS256), s("wrong")));
    eq("false", call("io.jwt.verify_hs384", s(HS256), s("your-256-bit-secret")));
  }

  @Test
  void rsaAndPssWithPemAndJwk() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    KeyPair kp = g.generateKeyPair();
    RSAPublicKey pub = (RSAPublicKey) kp.getPublic();
    String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(pub.getEncoded()) + "\n-----END PUBLIC KEY-----";
    String jwk = "{\"kty\":\"RSA\",\"n\":\"" + URL.encodeToString(unsigned(pub.getModulus())) + "\",\"e\":\""
        + URL.encodeToString(unsigned(pub.getPublicExponent())) + "\"}";
    String rs = token("RS256", "SHA256withRSA", null, kp);
    eq("true", call("io.jwt.verify_rs256", s(rs), s(pem)));
    eq("true", call("io.jwt.verify_rs256", s(rs), s("{\"keys\":[" + jwk + "]}")));
    eq("false", call("io.jwt.verify_ps256", s(rs), s(pem)));
    String ps = token("PS256", "RSASSA-PSS", new PSSParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256, 32, 1), kp);
    eq("true", call("io.jwt.verify_ps256", s(ps), s(jwk)));
    fails("eval_builtin_error", "failed to parse a JWK key (set)", "io.jwt.verify_rs256", s(rs), s("{\"kty\":\"RSA\"}"));
    fails("eval_builtin_error", "extra data after a PEM certificate block", "io.jwt.verify_rs256", s(rs), s(pem + "\nxx"));
  }

  @Test
  void ecdsaSignaturesAreRawConcatenations() throws Exception {
    KeyPairGenerator g = KeyPairGenerator.getInstance("EC");
    g.initialize(new ECGenParameterSpec("secp256r1"));
    KeyPair kp = g.generateKeyPair();
    ECPublicKey pub = (ECPublicKey) kp.getPublic();
    String jwk = "{\"kty\":\"EC\",\"crv\":\"P-256\",\"x\":\"" + URL.encodeToString(fixed(pub.getW().getAffineX(), 32))
        + "\",\"y\":\"" + URL.encodeToString(fixed(pub.getW().getAffineY(), 32)) + "\"}";
    String header = URL.encodeToString("{\"alg\":\"ES256\"}".getBytes(StandardCharsets.UTF_8));
    String payload = URL.encodeToString("{\"iss\":\"x\"}".getBytes(StandardCharsets.UTF_8));
    Signature sig = Signature.getInstance("SHA256withECDSAinP1363Format");
    sig.initSign(kp.getPrivate());
    sig.update((header + "." + payload).getBytes(StandardCharsets.UTF_8));
    String es = header + "." + payload + "." + URL.encodeToString(sig.sign());
    eq("true", call("io.jwt.verify_es256", s(es), s(jwk)));
    eq("false", call("io.jwt.verify_es256", s(es.substring(0, es.length() - 2) + "AA"), s(jwk)));
  }

  @Test
  void eddsa() throws Exception {
    KeyPair kp = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(kp.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----";
    eq("true", call("io.jwt.verify_eddsa", s(token("EdDSA", "Ed25519", null, kp)), s(pem)));
  }

  @Test
  void decodeVerifyChecksSignatureAndClaims() throws Exception {
    eq("[true,{\"alg\":\"HS256\",\"typ\":\"JWT\"},{\"iat\":1516239022,\"name\":\"John Doe\",\"sub\":\"1234567890\"}]",
        call("io.jwt.decode_verify", s(HS256), Calls.v("{\"secret\":\"your-256-bit-secret\"}")));
    eq("[false,{},{}]", call("io.jwt.decode_verify", s(HS256), Calls.v("{\"secret\":\"nope\"}")));
    eq("[false,{},{}]", call("io.jwt.decode_verify", s(HS256), Calls.v("{\"secret\":\"your-256-bit-secret\",\"alg\":\"RS256\"}")));
    eq("[false,{},{}]", call("io.jwt.decode_verify", s(HS256), Calls.v("{\"secret\":\"your-256-bit-secret\",\"iss\":\"x\"}")));
    String timed = hs256("{\"exp\":3000.5,\"nbf\":1000,\"aud\":[\"a\",\"b\"]}", "k");
    eq("true", first(call("io.jwt.decode_verify", s(timed), Calls.v("{\"secret\":\"k\",\"aud\":\"b\",\"time\":2000000000000}"))));
    eq("false", first(call("io.jwt.decode_verify", s(timed), Calls.v("{\"secret\":\"k\",\"time\":2000000000000}"))));
    eq("false", first(call("io.jwt.decode_verify", s(timed), Calls.v("{\"secret\":\"k\",\"aud\":\"b\",\"time\":3000500000000}"))));
    eq("false", first(call("io.jwt.decode_verify", s(timed), Calls.v("{\"secret\":\"k\",\"aud\":\"b\",\"time\":999999999999}"))));
    fails("eval_builtin_error", "exp value must be a number", "io.jwt.decode_verify", s(hs256("{\"exp\":\"soon\"}", "k")), Calls.v("{\"secret\":\"k\"}"));
    fails("eval_builtin_error", "unknown token validation constraint", "io.jwt.decode_verify", s(HS256), Calls.v("{\"secret\":\"k\",\"x\":1}"));
  }

  @Test
  void encodeSignRoundTrips() throws Exception {
    String k = URL.encodeToString("0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.UTF_8));
    var token = call("io.jwt.encode_sign", Calls.v("{\"typ\":\"JWT\",\"alg\":\"HS256\"}"),
        Calls.v("{\"iss\":\"joe\",\"aud\":[\"b\",\"a\"]}"), Calls.v("{\"kty\":\"oct\",\"k\":\"" + k + "\"}"));
    String t = ((dev.readiness.policy.rego.value.StringValue) token).value();
    // Header and claims are serialised compactly with sorted keys, as OPA does.
    org.junit.jupiter.api.Assertions.assertTrue(t.startsWith("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."), t);
    eq("true", call("io.jwt.verify_hs256", token, s("0123456789abcdef0123456789abcdef")));

    KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
    g.initialize(2048);
    KeyPair kp = g.generateKeyPair();
    java.security.interfaces.RSAPrivateCrtKey priv = (java.security.interfaces.RSAPrivateCrtKey) kp.getPrivate();
    String jwk = "{\"kty\":\"RSA\",\"n\":\"" + URL.encodeToString(unsigned(priv.getModulus())) + "\",\"e\":\""
        + URL.encodeToString(unsigned(priv.getPublicExponent())) + "\",\"d\":\"" + URL.encodeToString(unsigned(priv.getPrivateExponent())) + "\"}";
    var raw = call("io.jwt.encode_sign_raw", s("{\"alg\":\"RS256\"}"), s("{\"sub\":\"x\"}"), s(jwk));
    String pem = "-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(kp.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----";
    eq("true", call("io.jwt.verify_rs256", raw, s(pem)));
    fails("eval_builtin_error", "unknown JWS algorithm: dummy", "io.jwt.encode_sign_raw", s("{\"alg\":\"dummy\"}"), s("{}"), s(jwk));
    fails("eval_builtin_error", "type is JWT but payload is not JSON", "io.jwt.encode_sign_raw",
        s("{\"typ\":\"JWT\",\"alg\":\"HS256\"}"), s("e"), s("{\"kty\":\"oct\",\"k\":\"" + k + "\"}"));
  }

  private static dev.readiness.policy.rego.value.Value first(dev.readiness.policy.rego.value.Value v) {
    return ((dev.readiness.policy.rego.value.ArrayValue) v).get(0);
  }

  private static String hs256(String payloadJson, String secret) throws Exception {
    String header = URL.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8));
    String payload = URL.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    return header + "." + payload + "." + URL.encodeToString(mac.doFinal((header + "." + payload).getBytes(StandardCharsets.UTF_8)));
  }

  private static String token(String alg, String jcaAlg, PSSParameterSpec pss, KeyPair kp) throws Exception {
    String header = URL.encodeToString(("{\"alg\":\"" + alg + "\"}").getBytes(StandardCharsets.UTF_8));
    String payload = URL.encodeToString("{\"sub\":\"0\"}".getBytes(StandardCharsets.UTF_8));
    Signature sig = Signature.getInstance(jcaAlg);
    if (pss != null) sig.setParameter(pss);
    sig.initSign(kp.getPrivate());
    sig.update((header + "." + payload).getBytes(StandardCharsets.UTF_8));
    return header + "." + payload + "." + URL.encodeToString(sig.sign());
  }

  private static byte[] unsigned(BigInteger i) {
    byte[] b = i.toByteArray();
    return b[0] == 0 ? java.util.Arrays.copyOfRange(b, 1, b.length) : b;
  }

  private static byte[] fixed(BigInteger i, int n) {
    byte[] b = unsigned(i);
    byte[] out = new byte[n];
    System.arraycopy(b, 0, out, n - b.length, b.length);
    return out;
  }
}
