package dev.readiness.policy.rego.builtins;

import dev.readiness.policy.rego.value.NumberValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Go {@code fmt.Sprintf} semantics for OPA's {@code sprintf}. As in OPA, each argument is first converted to a
 * Go value: integer numbers to int (or *big.Int when beyond int64), other numbers to float64, strings to string,
 * and every other value (booleans, null, composites) to its Rego text as a string. Verb/type mismatches render
 * Go's {@code %!v(type=value)} markers rather than failing, exactly like Go.
 */
public final class SprintfFormatter {
  private static final BigInteger INT64_MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger INT64_MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private SprintfFormatter() {}

  /** A Go value: one of BigInteger (int or big.Int), Double (float64) or String. */
  private record GoArg(Object value, String goType) {}

  private static final class Spec {
    boolean minus;
    boolean plus;
    boolean sharp;
    boolean zero;
    boolean space;
    int width = -1;
    int precision = -1;
  }

  public static String format(String fmt, List<Value> values) {
    GoArg[] args = new GoArg[values.size()];
    for (int i = 0; i < args.length; i++) args[i] = toGo(values.get(i));
    StringBuilder out = new StringBuilder();
    int argIndex = 0;
    int i = 0;
    int n = fmt.length();
    while (i < n) {
      char ch = fmt.charAt(i);
      if (ch != '%') {
        out.append(ch);
        i++;
        continue;
      }
      i++;
      Spec spec = new Spec();
      while (i < n && "+-# 0".indexOf(fmt.charAt(i)) >= 0) {
        switch (fmt.charAt(i)) {
          case '+' -> spec.plus = true;
          case '-' -> spec.minus = true;
          case '#' -> spec.sharp = true;
          case '0' -> spec.zero = true;
          default -> spec.space = true;
        }
        i++;
      }
      if (i < n && fmt.charAt(i) == '*') {
        i++;
        if (argIndex < args.length && args[argIndex].value() instanceof BigInteger w) spec.width = w.intValue();
        argIndex++;
      } else {
        int start = i;
        while (i < n && Character.isDigit(fmt.charAt(i))) i++;
        if (i > start) spec.width = Integer.parseInt(fmt.substring(start, i));
      }
      if (i < n && fmt.charAt(i) == '.') {
        i++;
        int start = i;
        while (i < n && Character.isDigit(fmt.charAt(i))) i++;
        spec.precision = i > start ? Integer.parseInt(fmt.substring(start, i)) : 0;
      }
      if (i >= n) {
        out.append("%!(NOVERB)");
        break;
      }
      int verb = fmt.codePointAt(i);
      i += Character.charCount(verb);
      if (verb == '%') {
        out.append('%');
        continue;
      }
      if (argIndex >= args.length) {
        out.append("%!").appendCodePoint(verb).append("(MISSING)");
        continue;
      }
      out.append(formatOne(spec, verb, args[argIndex++]));
    }
    if (argIndex < args.length) {
      out.append("%!(EXTRA ");
      for (int k = argIndex; k < args.length; k++) {
        if (k > argIndex) out.append(", ");
        out.append(args[k].goType()).append('=').append(plain(args[k]));
      }
      out.append(')');
    }
    return out.toString();
  }

  private static GoArg toGo(Value v) {
    if (v instanceof StringValue s) return new GoArg(s.value(), "string");
    if (v instanceof NumberValue num) {
      BigDecimal d = num.value();
      // Like OPA, a number written with a fraction ("1.0") is a float64 even when its value is integral.
      if (num.isInteger() && d.scale() <= 0 && d.abs().compareTo(new BigDecimal(Double.MAX_VALUE)) <= 0) {
        BigInteger b = d.toBigIntegerExact();
        boolean fits = b.compareTo(INT64_MIN) >= 0 && b.compareTo(INT64_MAX) <= 0;
        return new GoArg(b, fits ? "int" : "*big.Int");
      }
      double f = d.doubleValue();
      if (Double.isInfinite(f)) return new GoArg(RegoText.number(num), "string");
      return new GoArg(f, "float64");
    }
    return new GoArg(RegoText.render(v), "string");
  }

  private static String plain(GoArg a) {
    if (a.value() instanceof Double d) return formatG(d, -1, false);
    return a.value().toString();
  }

  private static String formatOne(Spec spec, int verb, GoArg arg) {
    if (verb == 'T') return pad(spec, arg.goType(), false);
    Object v = arg.value();
    if (v instanceof BigInteger b) return formatInt(spec, verb, b, arg);
    if (v instanceof Double d) return formatFloat(spec, verb, d, arg);
    return formatString(spec, verb, (String) v, arg);
  }

  private static String bad(int verb, GoArg arg) {
    return "%!" + new String(Character.toChars(verb)) + "(" + arg.goType() + "=" + plain(arg) + ")";
  }

  private static String formatInt(Spec spec, int verb, BigInteger b, GoArg arg) {
    boolean big = arg.goType().startsWith("*");
    String digits;
    String prefix = "";
    switch (verb) {
      case 'd', 'v' -> digits = b.abs().toString();
      case 's' -> {
        if (!big) return bad(verb, arg);
        digits = b.abs().toString();
      }
      case 'x' -> {
        digits = b.abs().toString(16);
        if (spec.sharp) prefix = "0x";
      }
      case 'X' -> {
        digits = b.abs().toString(16).toUpperCase();
        if (spec.sharp) prefix = "0X";
      }
      case 'o' -> {
        digits = b.abs().toString(8);
        if (spec.sharp) prefix = "0";
      }
      case 'O' -> {
        digits = b.abs().toString(8);
        prefix = "0o";
      }
      case 'b' -> digits = b.abs().toString(2);
      case 'c' -> {
        return pad(spec, new String(Character.toChars(b.intValue())), false);
      }
      case 'q' -> {
        return pad(spec, "'" + new String(Character.toChars(b.intValue())) + "'", false);
      }
      case 'U' -> {
        String hex = b.toString(16).toUpperCase();
        return pad(spec, "U+" + "0".repeat(Math.max(0, 4 - hex.length())) + hex, false);
      }
      case 'e', 'E', 'f', 'F', 'g', 'G' -> {
        if (!big) return bad(verb, arg);
        return formatFloat(spec, verb, b.doubleValue(), arg);
      }
      default -> {
        return bad(verb, arg);
      }
    }
    if (spec.precision >= 0 && digits.length() < spec.precision) {
      digits = "0".repeat(spec.precision - digits.length()) + digits;
    }
    return signed(spec, b.signum() < 0, prefix + digits, spec.precision < 0);
  }

  private static String formatFloat(Spec spec, int verb, double d, GoArg arg) {
    if (Double.isNaN(d)) return pad(spec, "NaN", false);
    String body;
    boolean neg = d < 0 || (d == 0 && 1 / d < 0);
    double abs = Math.abs(d);
    switch (verb) {
      case 'v', 'g', 'G' -> {
        body = formatG(abs, spec.precision, spec.sharp);
        if (verb == 'G') body = body.toUpperCase();
      }
      case 'f', 'F' -> body = new BigDecimal(abs).setScale(spec.precision < 0 ? 6 : spec.precision, RoundingMode.HALF_EVEN)
          .toPlainString();
      case 'e', 'E' -> {
        body = formatE(new BigDecimal(abs), spec.precision < 0 ? 6 : spec.precision);
        if (verb == 'E') body = body.toUpperCase();
      }
      default -> {
        return bad(verb, arg);
      }
    }
    return signed(spec, neg, body, true);
  }

  private static String formatString(Spec spec, int verb, String s, GoArg arg) {
    switch (verb) {
      case 's', 'v' -> {
        String t = s;
        if (spec.precision >= 0 && s.codePointCount(0, s.length()) > spec.precision) {
          t = s.substring(0, s.offsetByCodePoints(0, spec.precision));
        }
        return pad(spec, t, spec.zero);
      }
      case 'q' -> {
        return pad(spec, RegoText.goQuote(s), false);
      }
      case 'x', 'X' -> {
        StringBuilder sb = new StringBuilder();
        for (byte by : s.getBytes(StandardCharsets.UTF_8)) sb.append(String.format(verb == 'x' ? "%02x" : "%02X", by));
        return pad(spec, sb.toString(), false);
      }
      default -> {
        return bad(verb, arg);
      }
    }
  }

  /** Adds the sign and pads; zero padding goes between the sign and the digits. */
  private static String signed(Spec spec, boolean negative, String body, boolean zeroAllowed) {
    String sign = negative ? "-" : spec.plus ? "+" : spec.space ? " " : "";
    int len = sign.length() + body.codePointCount(0, body.length());
    if (spec.width > len) {
      if (spec.minus) return sign + body + " ".repeat(spec.width - len);
      if (spec.zero && zeroAllowed) return sign + "0".repeat(spec.width - len) + body;
      return " ".repeat(spec.width - len) + sign + body;
    }
    return sign + body;
  }

  private static String pad(Spec spec, String s, boolean zeroAllowed) {
    int len = s.codePointCount(0, s.length());
    if (spec.width <= len) return s;
    String fill = (spec.zero && zeroAllowed && !spec.minus ? "0" : " ").repeat(spec.width - len);
    return spec.minus ? s + fill : fill + s;
  }

  /** Go's %g / %v: shortest representation (precision -1) or the given significant digits. */
  static String formatG(double abs, int precision, boolean sharp) {
    if (Double.isInfinite(abs)) return "+Inf";
    BigDecimal digits;
    int eprec;
    if (precision < 0) {
      digits = abs == 0 ? BigDecimal.ZERO : new BigDecimal(Double.toString(abs)).stripTrailingZeros();
      eprec = 6;
    } else {
      int p = precision == 0 ? 1 : precision;
      digits = abs == 0 ? BigDecimal.ZERO : new BigDecimal(abs).round(new MathContext(p, RoundingMode.HALF_EVEN));
      eprec = p;
      int nd = digits.stripTrailingZeros().precision();
      int dp = nd - digits.stripTrailingZeros().scale();
      if (eprec > nd && nd >= dp) eprec = nd;
      if (!sharp) digits = digits.stripTrailingZeros();
    }
    if (digits.signum() == 0) return "0";
    BigDecimal stripped = digits.stripTrailingZeros();
    int exp = stripped.precision() - stripped.scale() - 1;
    if (exp < -4 || exp >= eprec) {
      return formatE(digits, Math.max(digits.precision() - 1, 0));
    }
    return digits.scale() < 0 ? digits.setScale(0).toPlainString() : digits.toPlainString();
  }

  /** d.ddde±XX with the given digits after the point. */
  static String formatE(BigDecimal abs, int fractionDigits) {
    if (abs.signum() == 0) {
      return "0" + (fractionDigits > 0 ? "." + "0".repeat(fractionDigits) : "") + "e+00";
    }
    BigDecimal r = abs.round(new MathContext(fractionDigits + 1, RoundingMode.HALF_EVEN));
    int exp = r.precision() - r.scale() - 1;
    String unscaled = r.unscaledValue().toString();
    if (unscaled.length() < fractionDigits + 1) unscaled = unscaled + "0".repeat(fractionDigits + 1 - unscaled.length());
    unscaled = unscaled.substring(0, fractionDigits + 1);
    String mantissa = fractionDigits > 0 ? unscaled.charAt(0) + "." + unscaled.substring(1) : unscaled;
    String e = Integer.toString(Math.abs(exp));
    return mantissa + "e" + (exp < 0 ? "-" : "+") + (e.length() < 2 ? "0" + e : e);
  }
}
