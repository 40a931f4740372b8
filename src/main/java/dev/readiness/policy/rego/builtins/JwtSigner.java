package dev.readiness.policy.rego.builtins;

import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPrivateKeySpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.PSSParameterSpec;
import java.security.spec.RSAPrivateCrtKeySpec;
import java.security.spec.RSAPrivateKeySpec;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code io.jwt.encode_sign} (header and claims as values, serialised like Go's encoding/json) and
 * {@code io.jwt.encode_sign_raw} (header and payload used byte for byte), signing with a private JWK.
 */
final class JwtSigner {
  /** DER prefix of a PKCS#8 PrivateKeyInfo for a raw Ed25519 seed. */
  private static final byte[] ED25519_PKCS8_PREFIX = {
      0x30, 0x2e, 0x02, 0x01, 0x00, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x04, 0x22, 0x04, 0x20};
  private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

  private JwtSigner() {}

  static Value encodeSign(Args a, BuiltinContext ctx) throws BuiltinException {
    ObjectValue header = a.object(0);
    ObjectValue claims = a.object(1);
    ObjectValue jwk = a.object(2);
    return StringValue.of(sign(a, GoJson.compact(header), GoJson.compact(claims), jwk));
  }

  static Value encodeSignRaw(Args a, BuiltinContext ctx) throws BuiltinException {
    String header = a.string(0);
    String payload = a.string(1);
    Value jwk = JsonBuiltins.unmarshalOrNull(a.string(2));
    if (!(jwk instanceof ObjectValue key)) throw a.error("failed to parse a JWK key");
    return StringValue.of(sign(a, header, payload, key));
  }

  private static String sign(Args a, String headerJson, String payload, ObjectValue jwk) throws BuiltinException {
    if (headerJson.isEmpty()) throw a.error("missing or invalid 'alg' header: cannot parse JSON: cannot parse empty string");
    Value header = JsonBuiltins.unmarshalOrNull(headerJson);
    if (header == null && headerJson.strip().startsWith("{")) throw a.error("missing or invalid 'alg' header: cannot parse JSON");
    if (!(header instanceof ObjectValue h) || !(h.get("alg") instanceof StringValue algValue)) {
      throw a.error("missing or invalid 'alg' header: jwsbb: header \"alg\" not found");
    }
    String alg = algValue.value();
    if (h.get("typ") instanceof StringValue typ && typ.value().equals("JWT") && JsonBuiltins.unmarshalOrNull(payload) == null) {
      throw a.error("type is JWT but payload is not JSON");
    }
    String input = URL.encodeToString(headerJson.getBytes(StandardCharsets.UTF_8)) + "."
        + URL.encodeToString(payload.getBytes(StandardCharsets.UTF_8));
    byte[] data = input.getBytes(StandardCharsets.UTF_8);
    try {
      byte[] sig;
      if (alg.matches("HS(256|384|512)")) {
        String jca = "HmacSHA" + alg.substring(2);
        Mac mac = Mac.getInstance(jca);
        mac.init(new SecretKeySpec(bytes(a, jwk, "k"), jca));
        sig = mac.doFinal(data);
      } else if (alg.matches("(RS|PS|ES)(256|384|512)|EdDSA")) {
        sig = signature(a, alg, privateKey(a, jwk), data);
      } else {
        throw a.error("unknown JWS algorithm: " + alg);
      }
      return input + "." + URL.encodeToString(sig);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw a.error("failed to sign JWT: " + e.getMessage());
    }
  }

  private static byte[] signature(Args a, String alg, PrivateKey key, byte[] data) throws GeneralSecurityException {
    String bits = alg.substring(2);
    Signature s;
    if (alg.equals("EdDSA")) {
      s = Signature.getInstance("Ed25519");
    } else if (alg.startsWith("RS")) {
      s = Signature.getInstance("SHA" + bits + "withRSA");
    } else if (alg.startsWith("PS")) {
      s = Signature.getInstance("RSASSA-PSS");
      s.setParameter(new PSSParameterSpec("SHA-" + bits, "MGF1", new MGF1ParameterSpec("SHA-" + bits), Integer.parseInt(bits) / 8, 1));
    } else {
      // JWS wants the raw R||S form, which the JDK produces directly in P1363 format.
      s = Signature.getInstance("SHA" + bits + "withECDSAinP1363Format");
    }
    s.initSign(key);
    s.update(data);
    return s.sign();
  }

  private static PrivateKey privateKey(Args a, ObjectValue jwk) throws BuiltinException, GeneralSecurityException {
    String kty = jwk.get("kty") instanceof StringValue s ? s.value() : "";
    switch (kty) {
      case "RSA" -> {
        BigInteger n = integer(a, jwk, "n");
        BigInteger d = integer(a, jwk, "d");
        if (jwk.get("p") != null && jwk.get("q") != null && jwk.get("dp") != null && jwk.get("dq") != null && jwk.get("qi") != null) {
          return KeyFactory.getInstance("RSA").generatePrivate(new RSAPrivateCrtKeySpec(n, integer(a, jwk, "e"), d,
              integer(a, jwk, "p"), integer(a, jwk, "q"), integer(a, jwk, "dp"), integer(a, jwk, "dq"), integer(a, jwk, "qi")));
        }
        return KeyFactory.getInstance("RSA").generatePrivate(new RSAPrivateKeySpec(n, d));
      }
      case "EC" -> {
        String crv = jwk.get("crv") instanceof StringValue c ? c.value() : "";
        String name = switch (crv) {
          case "P-256" -> "secp256r1";
          case "P-384" -> "secp384r1";
          case "P-521" -> "secp521r1";
          default -> throw a.error("failed to parse a JWK key: unsupported curve " + crv);
        };
        AlgorithmParameters params = AlgorithmParameters.getInstance("EC");
        params.init(new ECGenParameterSpec(name));
        return KeyFactory.getInstance("EC").generatePrivate(
            new ECPrivateKeySpec(integer(a, jwk, "d"), params.getParameterSpec(ECParameterSpec.class)));
      }
      case "OKP" -> {
        byte[] d = bytes(a, jwk, "d");
        byte[] der = new byte[ED25519_PKCS8_PREFIX.length + d.length];
        System.arraycopy(ED25519_PKCS8_PREFIX, 0, der, 0, ED25519_PKCS8_PREFIX.length);
        System.arraycopy(d, 0, der, ED25519_PKCS8_PREFIX.length, d.length);
        return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
      }
      default -> throw a.error("failed to parse a JWK key: unsupported kty " + RegoText.goQuote(kty));
    }
  }

  private static byte[] bytes(Args a, ObjectValue jwk, String field) throws BuiltinException {
    if (!(jwk.get(field) instanceof StringValue s)) throw a.error("failed to parse a JWK key: missing " + field);
    try {
      return Base64.getUrlDecoder().decode(s.value().replace("=", ""));
    } catch (IllegalArgumentException e) {
      throw a.error("failed to parse a JWK key: invalid " + field);
    }
  }

  private static BigInteger integer(Args a, ObjectValue jwk, String field) throws BuiltinException {
    return new BigInteger(1, bytes(a, jwk, field));
  }
}
