package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.FunctionBuiltin.of;

import dev.readiness.policy.rego.value.BoolValue;
import dev.readiness.policy.rego.value.NumberValue;
import dev.readiness.policy.rego.value.StringValue;
import java.math.BigInteger;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code semver.is_valid} and {@code semver.compare} following Semantic Versioning 2.0.0 precedence. */
public final class SemverBuiltins {
  private static final String NUM = "0|[1-9][0-9]*";
  private static final String PRE_ID = "0|[1-9][0-9]*|[0-9]*[a-zA-Z-][0-9a-zA-Z-]*";
  private static final Pattern SEMVER = Pattern.compile("^(" + NUM + ")\\.(" + NUM + ")\\.(" + NUM + ")"
      + "(?:-((?:" + PRE_ID + ")(?:\\.(?:" + PRE_ID + "))*))?"
      + "(?:\\+([0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*))?$");

  private SemverBuiltins() {}

  /** A parsed version; build metadata is ignored for precedence. */
  record Version(BigInteger major, BigInteger minor, BigInteger patch, String prerelease) implements Comparable<Version> {
    static Version parse(String s) {
      Matcher m = SEMVER.matcher(s);
      if (!m.matches()) return null;
      return new Version(new BigInteger(m.group(1)), new BigInteger(m.group(2)), new BigInteger(m.group(3)), m.group(4));
    }

    @Override
    public int compareTo(Version o) {
      int c = major.compareTo(o.major);
      if (c == 0) c = minor.compareTo(o.minor);
      if (c == 0) c = patch.compareTo(o.patch);
      if (c != 0) return c;
      if (prerelease == null || o.prerelease == null) {
        return prerelease == null ? (o.prerelease == null ? 0 : 1) : -1;
      }
      String[] a = prerelease.split("\\.");
      String[] b = o.prerelease.split("\\.");
      for (int i = 0; i < Math.min(a.length, b.length); i++) {
        boolean an = a[i].matches("[0-9]+");
        boolean bn = b[i].matches("[0-9]+");
        int x;
        if (an && bn) x = new BigInteger(a[i]).compareTo(new BigInteger(b[i]));
        else if (an) x = -1;
        else if (bn) x = 1;
        else x = a[i].compareTo(b[i]);
        if (x != 0) return x;
      }
      return Integer.compare(a.length, b.length);
    }
  }

  public static List<Builtin> all() {
    return List.of(
        of("semver.is_valid", 1, (a, c) -> BoolValue.of(a.get(0) instanceof StringValue s && Version.parse(s.value()) != null)),
        of("semver.compare", 2, (a, c) -> NumberValue.of(Integer.signum(version(a, 0).compareTo(version(a, 1))))));
  }

  private static Version version(Args a, int i) throws BuiltinException {
    String s = a.string(i);
    Version v = Version.parse(s);
    if (v == null) throw a.error("operand " + (i + 1) + ": string " + RegoText.goQuote(s) + " is not a valid SemVer");
    return v;
  }
}
