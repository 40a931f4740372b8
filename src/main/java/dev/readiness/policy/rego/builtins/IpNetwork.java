package dev.readiness.policy.rego.builtins;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * An IPv4 or IPv6 network parsed without any name resolution (Go's net.ParseIP / net.ParseCIDR rules), with
 * containment and Go-style text.
 *
 * @param v6 whether this is an IPv6 network
 * @param address the address as an unsigned integer (host bits kept as written)
 * @param prefix the prefix length
 */
record IpNetwork(boolean v6, BigInteger address, int prefix) {

  int bits() { return v6 ? 128 : 32; }

  BigInteger first() { return address.shiftRight(bits() - prefix).shiftLeft(bits() - prefix); }

  BigInteger last() { return first().add(BigInteger.ONE.shiftLeft(bits() - prefix)).subtract(BigInteger.ONE); }

  /** This network with host bits cleared. */
  IpNetwork masked() { return new IpNetwork(v6, first(), prefix); }

  boolean contains(IpNetwork other) {
    return v6 == other.v6 && prefix <= other.prefix && other.first().compareTo(first()) >= 0
        && other.last().compareTo(last()) <= 0;
  }

  boolean intersects(IpNetwork other) {
    return v6 == other.v6 && first().compareTo(other.last()) <= 0 && other.first().compareTo(last()) <= 0;
  }

  /** Go's ParseCIDR; null when invalid. */
  static IpNetwork parseCidr(String s) {
    int slash = s.indexOf('/');
    if (slash < 0) return null;
    String bits = s.substring(slash + 1);
    if (!bits.matches("0|[1-9][0-9]{0,2}")) return null;
    int prefix = Integer.parseInt(bits);
    IpNetwork ip = parseIp(s.substring(0, slash));
    if (ip == null || prefix > ip.bits()) return null;
    return new IpNetwork(ip.v6, ip.address, prefix);
  }

  /** Go's ParseIP as a host network (/32 or /128); null when invalid. */
  static IpNetwork parseIp(String s) {
    BigInteger v4 = parseV4(s);
    if (v4 != null) return new IpNetwork(false, v4, 32);
    BigInteger v6 = parseV6(s);
    return v6 == null ? null : new IpNetwork(true, v6, 128);
  }

  private static BigInteger parseV4(String s) {
    String[] parts = s.split("\\.", -1);
    if (parts.length != 4) return null;
    long v = 0;
    for (String p : parts) {
      if (!p.matches("0|[1-9][0-9]{0,2}")) return null;
      int n = Integer.parseInt(p);
      if (n > 255) return null;
      v = v << 8 | n;
    }
    return BigInteger.valueOf(v);
  }

  private static BigInteger parseV6(String s) {
    if (!s.contains(":")) return null;
    int dc = s.indexOf("::");
    if (dc >= 0 && s.indexOf("::", dc + 1) >= 0) return null;
    List<Integer> head = groups(dc >= 0 ? s.substring(0, dc) : s);
    List<Integer> tail = dc >= 0 ? groups(s.substring(dc + 2)) : new ArrayList<>();
    if (head == null || tail == null) return null;
    int total = head.size() + tail.size();
    if (dc < 0 && total != 8) return null;
    if (dc >= 0 && total > 7) return null;
    BigInteger v = BigInteger.ZERO;
    List<Integer> all = new ArrayList<>(head);
    for (int i = 0; i < 8 - total; i++) all.add(0);
    all.addAll(tail);
    for (int g : all) v = v.shiftLeft(16).or(BigInteger.valueOf(g));
    return v;
  }

  /** Colon-separated hex groups; an embedded dotted IPv4 counts as two groups. */
  private static List<Integer> groups(String s) {
    List<Integer> out = new ArrayList<>();
    if (s.isEmpty()) return out;
    String[] parts = s.split(":", -1);
    for (int i = 0; i < parts.length; i++) {
      String p = parts[i];
      if (i == parts.length - 1 && p.contains(".")) {
        BigInteger v4 = parseV4(p);
        if (v4 == null) return null;
        out.add(v4.intValue() >>> 16);
        out.add(v4.intValue() & 0xffff);
        continue;
      }
      if (!p.matches("[0-9a-fA-F]{1,4}")) return null;
      out.add(Integer.parseInt(p, 16));
    }
    return out;
  }

  String addressText(BigInteger a) {
    if (!v6) {
      long v = a.longValue();
      return (v >> 24 & 255) + "." + (v >> 16 & 255) + "." + (v >> 8 & 255) + "." + (v & 255);
    }
    int[] g = new int[8];
    for (int i = 0; i < 8; i++) g[i] = a.shiftRight(16 * (7 - i)).intValue() & 0xffff;
    // RFC 5952: compress the longest run (length >= 2) of zero groups, the first one on ties.
    int bestStart = -1;
    int bestLen = 1;
    for (int i = 0; i < 8; ) {
      if (g[i] != 0) {
        i++;
        continue;
      }
      int j = i;
      while (j < 8 && g[j] == 0) j++;
      if (j - i > bestLen) {
        bestStart = i;
        bestLen = j - i;
      }
      i = j;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 8; i++) {
      if (i == bestStart) {
        sb.append("::");
        i += bestLen - 1;
        continue;
      }
      if (sb.length() > 0 && sb.charAt(sb.length() - 1) != ':') sb.append(':');
      sb.append(Integer.toHexString(g[i]));
    }
    return sb.toString();
  }

  /** Network text, e.g. "10.0.0.0/8" (host bits cleared). */
  String cidrText() { return addressText(first()) + "/" + prefix; }
}
