package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.FunctionBuiltin.of;

import dev.readiness.policy.rego.value.NumberValue;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Locale;

/**
 * {@code uuid.rfc4122(key)}: a version-4 UUID that is stable for the same key within one evaluation (derived from
 * the evaluation's fixed time and the key, so repeated calls agree like OPA's per-query cache), and
 * {@code uuid.parse}: the fields Go's google/uuid exposes.
 */
public final class UuidBuiltins {
  /** 100-ns intervals between the Gregorian epoch (1582-10-15) and the Unix epoch. */
  private static final long GREGORIAN_OFFSET = 122_192_928_000_000_000L;

  private UuidBuiltins() {}

  public static List<Builtin> all() {
    return List.of(
        of("uuid.rfc4122", 1, (a, c) -> StringValue.of(rfc4122(a.string(0), c.nowNanos()))),
        of("uuid.parse", 1, (a, c) -> parse(a.string(0))));
  }

  static String rfc4122(String key, long evaluationTime) {
    byte[] b;
    try {
      b = MessageDigest.getInstance("SHA-256").digest((evaluationTime + "\u0000" + key).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    b[6] = (byte) ((b[6] & 0x0f) | 0x40);
    b[8] = (byte) ((b[8] & 0x3f) | 0x80);
    return format(b);
  }

  private static String format(byte[] b) {
    String hex = EncodingBuiltins.hexEncode(java.util.Arrays.copyOf(b, 16));
    return hex.substring(0, 8) + "-" + hex.substring(8, 12) + "-" + hex.substring(12, 16) + "-" + hex.substring(16, 20)
        + "-" + hex.substring(20);
  }

  /** Parses the four textual forms google/uuid accepts; undefined (null) when invalid. */
  static Value parse(String s) {
    String hex;
    String t = s;
    if (t.length() == 36 + 9 && t.toLowerCase(Locale.ROOT).startsWith("urn:uuid:")) t = t.substring(9);
    else if (t.length() == 38 && t.startsWith("{") && t.endsWith("}")) t = t.substring(1, 37);
    if (t.length() == 36) {
      if (t.charAt(8) != '-' || t.charAt(13) != '-' || t.charAt(18) != '-' || t.charAt(23) != '-') return null;
      hex = t.replace("-", "");
    } else if (t.length() == 32) {
      hex = t;
    } else {
      return null;
    }
    if (hex.length() != 32 || !hex.matches("[0-9a-fA-F]{32}")) return null;
    byte[] b = new byte[16];
    for (int i = 0; i < 16; i++) b[i] = (byte) Integer.parseInt(hex.substring(2 * i, 2 * i + 2), 16);
    int version = (b[6] & 0xff) >> 4;
    ObjectValue.Builder out = ObjectValue.builder()
        .put("version", NumberValue.of(version))
        .put("variant", StringValue.of(variant(b[8] & 0xff)));
    if (version == 1 || version == 2) {
      long time = (u32(b, 0)) | ((long) u16(b, 4) << 32) | ((long) (u16(b, 6) & 0xfff) << 48);
      BigInteger nanos = BigInteger.valueOf(time - GREGORIAN_OFFSET).multiply(BigInteger.valueOf(100));
      out.put("time", NumberValue.of(nanos));
      out.put("clocksequence", NumberValue.of(((b[8] & 0x3f) << 8) | (b[9] & 0xff)));
      StringBuilder node = new StringBuilder();
      for (int i = 10; i < 16; i++) {
        if (i > 10) node.append('-');
        node.append(String.format("%02x", b[i] & 0xff));
      }
      out.put("nodeid", StringValue.of(node.toString()));
      int first = b[10] & 0xff;
      out.put("macvariables", StringValue.of(((first & 2) != 0 ? "local" : "global") + ":"
          + ((first & 1) != 0 ? "multicast" : "unicast")));
      if (version == 2) {
        int domain = b[9] & 0xff;
        out.put("domain", StringValue.of(domain == 0 ? "Person" : domain == 1 ? "Group" : domain == 2 ? "Org"
            : "Domain" + domain));
        out.put("id", NumberValue.of(u32(b, 0)));
      }
    }
    return out.build();
  }

  private static String variant(int b8) {
    if ((b8 & 0x80) == 0) return "Reserved";
    if ((b8 & 0xc0) == 0x80) return "RFC4122";
    if ((b8 & 0xe0) == 0xc0) return "Microsoft";
    return "Future";
  }

  private static long u32(byte[] b, int off) {
    return ((long) (b[off] & 0xff) << 24) | ((b[off + 1] & 0xff) << 16) | ((b[off + 2] & 0xff) << 8) | (b[off + 3] & 0xff);
  }

  private static int u16(byte[] b, int off) {
    return ((b[off] & 0xff) << 8) | (b[off + 1] & 0xff);
  }
}
