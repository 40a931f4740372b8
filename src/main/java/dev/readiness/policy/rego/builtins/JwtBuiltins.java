package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.FunctionBuiltin.of;

import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.BoolValue;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code io.jwt.decode} and the {@code io.jwt.verify_*} signature checks (HS, RS, PS, ES, EdDSA) with keys given as
 * a PEM certificate, a PEM public key, a JWK or a JWK set, and {@code io.jwt.decode_verify} (signature plus
 * alg/iss/aud/exp/nbf constraints), and token creation with {@link JwtSigner}.
 */
public final class JwtBuiltins {
  /** DER prefix of an X.509 SubjectPublicKeyInfo for a raw Ed25519 key. */
  private static final byte[] ED25519_SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

  private JwtBuiltins() {}

  /** The three parts of a compact JWS. */
  record Token(ObjectValue header, Value payload, byte[] signature, String signingInput) {}

  public static List<Builtin> all() {
    List<Builtin> out = new ArrayList<>();
    out.add(of("io.jwt.decode", 1, (a, c) -> {
      Token t = decode(a, a.string(0));
      return ArrayValue.of(t.header(), t.payload(), StringValue.of(EncodingBuiltins.hexEncode(t.signature())));
    }));
    for (String bits : List.of("256", "384", "512")) {
      out.add(of("io.jwt.verify_hs" + bits, 2, (a, c) -> verifyHmac(a, "HmacSHA" + bits)));
      out.add(of("io.jwt.verify_rs" + bits, 2, (a, c) -> verifyWithKey(a, "SHA" + bits + "withRSA", null, 0)));
      out.add(of("io.jwt.verify_ps" + bits, 2, (a, c) -> verifyWithKey(a, "RSASSA-PSS", "SHA-" + bits, 0)));
      out.add(of("io.jwt.verify_es" + bits, 2, (a, c) -> verifyWithKey(a, "SHA" + bits + "withECDSA", null,
          bits.equals("512") ? 66 : Integer.parseInt(bits) / 8)));
    }
    out.add(of("io.jwt.verify_eddsa", 2, (a, c) -> verifyWithKey(a, "Ed25519", null, 0)));
    out.add(of("io.jwt.decode_verify", 2, JwtDecodeVerify::decodeVerify));
    out.add(of("io.jwt.encode_sign", 3, JwtSigner::encodeSign));
    out.add(of("io.jwt.encode_sign_raw", 3, JwtSigner::encodeSignRaw));
    return out;
  }

  static Token decode(Args a, String jwt) throws BuiltinException {
    if (!jwt.contains(".")) throw a.error("encoded JWT had no period separators");
    String[] parts = jwt.split("\\.", -1);
    if (parts.length != 3) throw a.error("encoded JWT must have 3 sections, found " + parts.length);
    byte[] headerBytes = base64Url(a, parts[0], "header");
    byte[] payloadBytes = base64Url(a, parts[1], "payload");
    byte[] signature = base64Url(a, parts[2], "signature");
    Value header = JsonBuiltins.unmarshal(a, new String(headerBytes, StandardCharsets.UTF_8));
    if (!(header instanceof ObjectValue h)) throw a.error("JWT header must be a JSON object");
    if (h.get("enc") != null) throw a.error("JWT is a JWE object, which is not supported");
    String payloadText = new String(payloadBytes, StandardCharsets.UTF_8);
    // A nested JWT (cty: JWT) carries the inner token as its payload; OPA returns the innermost claims.
    if (h.get("cty") instanceof StringValue cty && cty.value().equalsIgnoreCase("JWT")) {
      return decode(a, nestedToken(a, payloadText));
    }
    Value payload = JsonBuiltins.unmarshal(a, payloadText);
    if (!(payload instanceof ObjectValue)) throw a.error("JWT payload must be a JSON object");
    return new Token(h, payload, signature, parts[0] + "." + parts[1]);
  }

  /** The inner token of a nested JWT: the payload itself, or a JSON string holding it. */
  static String nestedToken(Args a, String payload) throws BuiltinException {
    String p = payload.strip();
    if (p.startsWith("\"") && JsonBuiltins.unmarshal(a, p) instanceof StringValue s) return s.value();
    return p;
  }

  /** Unpadded base64url with Go's error message (index of the first illegal byte). */
  static byte[] base64Url(Args a, String s, String part) throws BuiltinException {
    String t = s;
    while (t.endsWith("=")) t = t.substring(0, t.length() - 1);
    for (int i = 0; i < t.length(); i++) {
      char ch = t.charAt(i);
      boolean ok = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '_';
      if (!ok) throw a.error("JWT " + part + " had invalid encoding: illegal base64 data at input byte " + i);
    }
    if (t.length() % 4 == 1) {
      throw a.error("JWT " + part + " had invalid encoding: illegal base64 data at input byte " + (t.length() - 1));
    }
    return Base64.getUrlDecoder().decode(t);
  }

  private static Value verifyHmac(Args a, String algorithm) throws BuiltinException {
    String[] parts = split(a);
    String secret = a.string(1);
    byte[] sig = base64Url(a, parts[2], "signature");
    try {
      Mac mac = Mac.getInstance(algorithm);
      byte[] key = secret.getBytes(StandardCharsets.UTF_8);
      mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, algorithm));
      byte[] expected = mac.doFinal((parts[0] + "." + parts[1]).getBytes(StandardCharsets.UTF_8));
      return BoolValue.of(MessageDigest.isEqual(expected, sig));
    } catch (GeneralSecurityException e) {
      throw a.error(e.getMessage());
    }
  }

  private static String[] split(Args a) throws BuiltinException {
    String jwt = a.string(0);
    if (!jwt.contains(".")) throw a.error("encoded JWT had no period separators");
    String[] parts = jwt.split("\\.", -1);
    if (parts.length != 3) throw a.error("encoded JWT must have 3 sections, found " + parts.length);
    return parts;
  }

  /** Verifies with every key the second operand yields; true when any of them accepts the signature. */
  private static Value verifyWithKey(Args a, String algorithm, String pssHash, int ecCoordinateBytes) throws BuiltinException {
    String[] parts = split(a);
    byte[] sig = base64Url(a, parts[2], "signature");
    List<PublicKey> keys = keys(a, a.string(1));
    byte[] input = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.UTF_8);
    for (PublicKey key : keys) {
      try {
        Signature s = Signature.getInstance(algorithm);
        if (pssHash != null) {
          int bytes = Integer.parseInt(pssHash.substring(4)) / 8;
          s.setParameter(new PSSParameterSpec(pssHash, "MGF1", new MGF1ParameterSpec(pssHash), bytes, 1));
        }
        s.initVerify(key);
        s.update(input);
        byte[] toCheck = ecCoordinateBytes > 0 ? rawToDer(sig, ecCoordinateBytes) : sig;
        if (toCheck != null && s.verify(toCheck)) return BoolValue.TRUE;
      } catch (GeneralSecurityException | IllegalArgumentException e) {
        // A key of the wrong type for this algorithm simply does not verify.
      }
    }
    return BoolValue.FALSE;
  }

  /** JWS ECDSA signatures are R||S; Java expects a DER SEQUENCE of two INTEGERs. */
  static byte[] rawToDer(byte[] raw, int n) {
    if (raw.length != 2 * n) return null;
    byte[] r = new BigInteger(1, java.util.Arrays.copyOfRange(raw, 0, n)).toByteArray();
    byte[] s = new BigInteger(1, java.util.Arrays.copyOfRange(raw, n, 2 * n)).toByteArray();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    derInteger(body, r);
    derInteger(body, s);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(0x30);
    derLength(out, body.size());
    out.writeBytes(body.toByteArray());
    return out.toByteArray();
  }

  private static void derInteger(ByteArrayOutputStream out, byte[] v) {
    out.write(0x02);
    derLength(out, v.length);
    out.writeBytes(v);
  }

  private static void derLength(ByteArrayOutputStream out, int len) {
    if (len < 128) {
      out.write(len);
    } else if (len < 256) {
      out.write(0x81);
      out.write(len);
    } else {
      out.write(0x82);
      out.write(len >> 8);
      out.write(len & 0xff);
    }
  }

  /** Keys from a PEM certificate, a PEM public key, a JWK or a JWK set. */
  static List<PublicKey> keys(Args a, String text) throws BuiltinException {
    String t = text.strip();
    if (t.startsWith("-----BEGIN CERTIFICATE-----")) return List.of(certificateKey(a, t));
    if (t.startsWith("-----BEGIN PUBLIC KEY-----")) return List.of(publicKey(a, t));
    if (t.startsWith("-----BEGIN")) throw a.error("failed to extract a Key from the PEM certificate");
    Value jwk;
    try {
      jwk = JsonBuiltins.unmarshal(a, t);
    } catch (BuiltinException e) {
      throw a.error("failed to parse a JWK key (set): " + e.getMessage());
    }
    List<PublicKey> out = new ArrayList<>();
    if (jwk instanceof ObjectValue o && o.get("keys") instanceof ArrayValue set) {
      for (Value k : set.elements()) out.add(jwkKey(a, k));
    } else {
      out.add(jwkKey(a, jwk));
    }
    return out;
  }

  private static byte[] pemBody(Args a, String pem, String type, String failure) throws BuiltinException {
    String begin = "-----BEGIN " + type + "-----";
    String end = "-----END " + type + "-----";
    int e = pem.indexOf(end);
    if (!pem.startsWith(begin) || e < 0) throw a.error(failure);
    if (!pem.substring(e + end.length()).isBlank()) throw a.error("extra data after a PEM certificate block");
    try {
      return Base64.getMimeDecoder().decode(pem.substring(begin.length(), e));
    } catch (IllegalArgumentException ex) {
      throw a.error(failure);
    }
  }

  private static PublicKey certificateKey(Args a, String pem) throws BuiltinException {
    byte[] der = pemBody(a, pem, "CERTIFICATE", "failed to extract a Key from the PEM certificate");
    try {
      return CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der)).getPublicKey();
    } catch (GeneralSecurityException e) {
      throw a.error("failed to parse a PEM certificate: " + e.getMessage());
    }
  }

  private static PublicKey publicKey(Args a, String pem) throws BuiltinException {
    byte[] der = pemBody(a, pem, "PUBLIC KEY", "failed to extract a Key from the PEM certificate");
    for (String alg : List.of("RSA", "EC", "Ed25519")) {
      try {
        return KeyFactory.getInstance(alg).generatePublic(new X509EncodedKeySpec(der));
      } catch (GeneralSecurityException e) {
        // try the next key type
      }
    }
    throw a.error("failed to parse a PEM public key");
  }

  private static PublicKey jwkKey(Args a, Value v) throws BuiltinException {
    if (!(v instanceof ObjectValue jwk) || !(jwk.get("kty") instanceof StringValue kty)) {
      throw a.error("failed to parse a JWK key (set): missing kty");
    }
    try {
      switch (kty.value()) {
        case "RSA" -> {
          return KeyFactory.getInstance("RSA").generatePublic(new RSAPublicKeySpec(b64int(a, jwk, "n"), b64int(a, jwk, "e")));
        }
        case "EC" -> {
          String crv = field(a, jwk, "crv");
          String name = switch (crv) {
            case "P-256" -> "secp256r1";
            case "P-384" -> "secp384r1";
            case "P-521" -> "secp521r1";
            default -> throw a.error("failed to parse a JWK key (set): unsupported curve " + crv);
          };
          AlgorithmParameters params = AlgorithmParameters.getInstance("EC");
          params.init(new ECGenParameterSpec(name));
          ECParameterSpec spec = params.getParameterSpec(ECParameterSpec.class);
          ECPoint point = new ECPoint(b64int(a, jwk, "x"), b64int(a, jwk, "y"));
          return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(point, spec));
        }
        case "OKP" -> {
          if (!field(a, jwk, "crv").equals("Ed25519")) throw a.error("failed to parse a JWK key (set): unsupported curve");
          byte[] x = Base64.getUrlDecoder().decode(field(a, jwk, "x"));
          byte[] der = new byte[ED25519_SPKI_PREFIX.length + x.length];
          System.arraycopy(ED25519_SPKI_PREFIX, 0, der, 0, ED25519_SPKI_PREFIX.length);
          System.arraycopy(x, 0, der, ED25519_SPKI_PREFIX.length, x.length);
          return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
        }
        default -> throw a.error("failed to parse a JWK key (set): unsupported kty " + kty.value().toLowerCase(Locale.ROOT));
      }
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw a.error("failed to parse a JWK key (set): " + e.getMessage());
    }
  }

  private static String field(Args a, ObjectValue jwk, String name) throws BuiltinException {
    if (jwk.get(name) instanceof StringValue s) return s.value();
    throw a.error("failed to parse a JWK key (set): missing " + name);
  }

  private static BigInteger b64int(Args a, ObjectValue jwk, String name) throws BuiltinException {
    return new BigInteger(1, Base64.getUrlDecoder().decode(field(a, jwk, name)));
  }
}
