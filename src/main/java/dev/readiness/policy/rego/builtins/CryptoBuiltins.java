package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.FunctionBuiltin.of;

import dev.readiness.policy.rego.value.BoolValue;
import dev.readiness.policy.rego.value.StringValue;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Digests ({@code crypto.md5/sha1/sha256}) and HMACs ({@code crypto.hmac.*}) as lowercase hex. */
public final class CryptoBuiltins {
  private CryptoBuiltins() {}

  public static List<Builtin> all() {
    return List.of(
        digest("crypto.md5", "MD5"),
        digest("crypto.sha1", "SHA-1"),
        digest("crypto.sha256", "SHA-256"),
        hmac("crypto.hmac.md5", "HmacMD5"),
        hmac("crypto.hmac.sha1", "HmacSHA1"),
        hmac("crypto.hmac.sha256", "HmacSHA256"),
        hmac("crypto.hmac.sha512", "HmacSHA512"),
        // Constant-time comparison so policies can compare MACs without a timing side channel.
        of("crypto.hmac.equal", 2, (a, c) -> BoolValue.of(MessageDigest.isEqual(
            EncodingBuiltins.bytes(a.string(0)), EncodingBuiltins.bytes(a.string(1))))));
  }

  private static Builtin digest(String name, String algorithm) {
    return of(name, 1, (a, c) -> {
      try {
        return StringValue.of(EncodingBuiltins.hexEncode(
            MessageDigest.getInstance(algorithm).digest(EncodingBuiltins.bytes(a.string(0)))));
      } catch (GeneralSecurityException e) {
        throw a.error(e.getMessage());
      }
    });
  }

  private static Builtin hmac(String name, String algorithm) {
    return of(name, 2, (a, c) -> {
      try {
        Mac mac = Mac.getInstance(algorithm);
        byte[] key = EncodingBuiltins.bytes(a.string(1));
        // JCE rejects empty keys; HMAC with an empty key equals HMAC with one zero byte (keys are zero-padded).
        mac.init(new SecretKeySpec(key.length == 0 ? new byte[1] : key, algorithm));
        return StringValue.of(EncodingBuiltins.hexEncode(mac.doFinal(EncodingBuiltins.bytes(a.string(0)))));
      } catch (GeneralSecurityException e) {
        throw a.error(e.getMessage());
      }
    });
  }
}
