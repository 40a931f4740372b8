package dev.readiness.policy.rego.builtins;

import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.BoolValue;
import dev.readiness.policy.rego.value.NumberValue;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code io.jwt.decode_verify(jwt, constraints)}: verifies every layer's signature with the given {@code cert}
 * (PEM/JWK/JWKS) or {@code secret}, then the {@code alg}, {@code iss}, {@code aud}, {@code exp} and {@code nbf}
 * constraints at {@code time} (nanoseconds, default the evaluation's now). Returns {@code [true, header, payload]}
 * or {@code [false, {}, {}]}.
 */
final class JwtDecodeVerify {
  private static final Set<String> CONSTRAINTS = Set.of("cert", "secret", "alg", "iss", "aud", "time");
  private static final BigDecimal NANOS = BigDecimal.valueOf(1_000_000_000L);
  private static final int MAX_NESTING = 8;

  private JwtDecodeVerify() {}

  static Value decodeVerify(Args a, BuiltinContext ctx) throws BuiltinException {
    String jwt = a.string(0);
    ObjectValue c = a.object(1);
    for (Value k : c.entries().keySet()) {
      if (!(k instanceof StringValue ks) || !CONSTRAINTS.contains(ks.value())) {
        throw a.error("unknown token validation constraint: " + RegoText.render(k));
      }
    }
    String cert = optionalString(a, c, "cert");
    String secret = optionalString(a, c, "secret");
    if (cert != null && secret != null) throw a.error("duplicate key constraints");
    if (cert == null && secret == null) throw a.error("no key constraint provided");
    List<PublicKey> keys = cert == null ? List.of() : JwtBuiltins.keys(a, cert);
    BigDecimal now = c.get("time") instanceof NumberValue t ? t.value() : BigDecimal.valueOf(ctx.nowNanos());

    ObjectValue header;
    Value payload;
    String token = jwt;
    for (int depth = 0; ; depth++) {
      if (depth >= MAX_NESTING) throw a.error("JWT nested too deeply");
      if (!token.contains(".")) throw a.error("encoded JWT had no period separators");
      String[] parts = token.split("\\.", -1);
      if (parts.length != 3) throw a.error("encoded JWT must have 3 sections, found " + parts.length);
      Value h = JsonBuiltins.unmarshal(a, new String(JwtBuiltins.base64Url(a, parts[0], "header"), StandardCharsets.UTF_8));
      if (!(h instanceof ObjectValue ho)) return invalid();
      if (ho.get("enc") != null) throw a.error("JWT is a JWE object, which is not supported");
      if (!(ho.get("alg") instanceof StringValue alg) || ho.get("crit") != null) return invalid();
      byte[] sig = JwtBuiltins.base64Url(a, parts[2], "signature");
      byte[] input = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.UTF_8);
      if (!signatureOk(alg.value(), input, sig, keys, secret)) return invalid();
      String payloadText = new String(JwtBuiltins.base64Url(a, parts[1], "payload"), StandardCharsets.UTF_8);
      if (ho.get("cty") instanceof StringValue cty && cty.value().equalsIgnoreCase("JWT")) {
        token = JwtBuiltins.nestedToken(a, payloadText);
        continue;
      }
      Value p = JsonBuiltins.unmarshal(a, payloadText);
      header = ho;
      payload = p;
      break;
    }
    if (!(payload instanceof ObjectValue claims)) return invalid();
    if (c.get("alg") instanceof StringValue want && !want.equals(header.get("alg"))) return invalid();
    Value wantIss = c.get("iss");
    if (wantIss != null && !wantIss.equals(claims.get("iss"))) return invalid();
    if (!audienceOk(c.get("aud"), claims.get("aud"))) return invalid();
    Value exp = claims.get("exp");
    if (exp != null) {
      if (!(exp instanceof NumberValue e)) throw a.error("exp value must be a number");
      if (now.compareTo(e.value().multiply(NANOS)) >= 0) return invalid();
    }
    Value nbf = claims.get("nbf");
    if (nbf != null) {
      if (!(nbf instanceof NumberValue n)) throw a.error("nbf value must be a number");
      if (now.compareTo(n.value().multiply(NANOS)) < 0) return invalid();
    }
    return ArrayValue.of(BoolValue.TRUE, header, claims);
  }

  private static ArrayValue invalid() {
    return ArrayValue.of(BoolValue.FALSE, ObjectValue.EMPTY, ObjectValue.EMPTY);
  }

  private static String optionalString(Args a, ObjectValue c, String key) throws BuiltinException {
    Value v = c.get(key);
    if (v == null) return null;
    if (v instanceof StringValue s) return s.value();
    throw a.typeError(1, key + " constraint must be a string but got " + v.typeName());
  }

  /** A token audience requires a matching constraint; a constraint requires the token to name it. */
  private static boolean audienceOk(Value want, Value aud) {
    if (aud == null) return want == null;
    if (!(want instanceof StringValue)) return false;
    if (aud instanceof StringValue) return aud.equals(want);
    return aud instanceof ArrayValue list && list.elements().contains(want);
  }

  private static final Map<String, String> SIGNATURE_ALGORITHMS = Map.ofEntries(
      Map.entry("RS256", "SHA256withRSA"), Map.entry("RS384", "SHA384withRSA"), Map.entry("RS512", "SHA512withRSA"),
      Map.entry("PS256", "RSASSA-PSS"), Map.entry("PS384", "RSASSA-PSS"), Map.entry("PS512", "RSASSA-PSS"),
      Map.entry("ES256", "SHA256withECDSA"), Map.entry("ES384", "SHA384withECDSA"), Map.entry("ES512", "SHA512withECDSA"),
      Map.entry("EdDSA", "Ed25519"));

  private static boolean signatureOk(String alg, byte[] input, byte[] sig, List<PublicKey> keys, String secret) {
    try {
      if (alg.startsWith("HS")) {
        if (secret == null || !Set.of("HS256", "HS384", "HS512").contains(alg)) return false;
        String jca = "HmacSHA" + alg.substring(2);
        Mac mac = Mac.getInstance(jca);
        byte[] key = secret.getBytes(StandardCharsets.UTF_8);
        mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, jca));
        return MessageDigest.isEqual(mac.doFinal(input), sig);
      }
      String jca = SIGNATURE_ALGORITHMS.get(alg);
      if (jca == null || keys.isEmpty()) return false;
      for (PublicKey key : keys) {
        try {
          Signature s = Signature.getInstance(jca);
          if (alg.startsWith("PS")) {
            String hash = "SHA-" + alg.substring(2);
            s.setParameter(new PSSParameterSpec(hash, "MGF1", new MGF1ParameterSpec(hash), Integer.parseInt(alg.substring(2)) / 8, 1));
          }
          s.initVerify(key);
          s.update(input);
          byte[] check = sig;
          if (alg.startsWith("ES")) {
            int n = alg.equals("ES512") ? 66 : Integer.parseInt(alg.substring(2)) / 8;
            check = JwtBuiltins.rawToDer(sig, n);
          }
          if (check != null && s.verify(check)) return true;
        } catch (GeneralSecurityException | IllegalArgumentException e) {
          // A key of another type cannot verify this algorithm; try the next key.
        }
      }
      return false;
    } catch (GeneralSecurityException e) {
      return false;
    }
  }
}
