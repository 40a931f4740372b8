package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.FunctionBuiltin.of;

import dev.readiness.policy.rego.value.NumberValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code units.parse} (SI and binary suffixes; {@code m} is milli, {@code M} mega) and {@code units.parse_bytes}
 * (case-insensitive byte units, result truncated to an integer), both with exact decimal arithmetic.
 */
public final class UnitsBuiltins {
  private static final Pattern AMOUNT = Pattern.compile("^([+-]?(?:\\d+\\.?\\d*|\\.\\d+)(?:[eE][+-]?\\d+)?)(.*)$");
  private static final BigDecimal THOUSAND = BigDecimal.valueOf(1000);
  private static final BigDecimal KIBI = BigDecimal.valueOf(1024);
  private static final Map<String, BigDecimal> UNITS = Map.ofEntries(
      Map.entry("", BigDecimal.ONE),
      Map.entry("m", new BigDecimal("0.001")),
      Map.entry("k", THOUSAND), Map.entry("K", THOUSAND),
      Map.entry("ki", KIBI), Map.entry("Ki", KIBI),
      Map.entry("M", THOUSAND.pow(2)), Map.entry("mi", KIBI.pow(2)), Map.entry("Mi", KIBI.pow(2)),
      Map.entry("g", THOUSAND.pow(3)), Map.entry("G", THOUSAND.pow(3)), Map.entry("gi", KIBI.pow(3)), Map.entry("Gi", KIBI.pow(3)),
      Map.entry("t", THOUSAND.pow(4)), Map.entry("T", THOUSAND.pow(4)), Map.entry("ti", KIBI.pow(4)), Map.entry("Ti", KIBI.pow(4)),
      Map.entry("p", THOUSAND.pow(5)), Map.entry("P", THOUSAND.pow(5)), Map.entry("pi", KIBI.pow(5)), Map.entry("Pi", KIBI.pow(5)),
      Map.entry("e", THOUSAND.pow(6)), Map.entry("E", THOUSAND.pow(6)), Map.entry("ei", KIBI.pow(6)), Map.entry("Ei", KIBI.pow(6)));
  private static final Map<String, BigDecimal> BYTE_UNITS = Map.ofEntries(
      Map.entry("", BigDecimal.ONE), Map.entry("b", BigDecimal.ONE),
      Map.entry("k", THOUSAND), Map.entry("kb", THOUSAND), Map.entry("ki", KIBI), Map.entry("kib", KIBI),
      Map.entry("m", THOUSAND.pow(2)), Map.entry("mb", THOUSAND.pow(2)), Map.entry("mi", KIBI.pow(2)), Map.entry("mib", KIBI.pow(2)),
      Map.entry("g", THOUSAND.pow(3)), Map.entry("gb", THOUSAND.pow(3)), Map.entry("gi", KIBI.pow(3)), Map.entry("gib", KIBI.pow(3)),
      Map.entry("t", THOUSAND.pow(4)), Map.entry("tb", THOUSAND.pow(4)), Map.entry("ti", KIBI.pow(4)), Map.entry("tib", KIBI.pow(4)),
      Map.entry("p", THOUSAND.pow(5)), Map.entry("pb", THOUSAND.pow(5)), Map.entry("pi", KIBI.pow(5)), Map.entry("pib", KIBI.pow(5)),
      Map.entry("e", THOUSAND.pow(6)), Map.entry("eb", THOUSAND.pow(6)), Map.entry("ei", KIBI.pow(6)), Map.entry("eib", KIBI.pow(6)));

  /** Orders of magnitude past which an amount is refused. */
  private static final int MAX_EXPONENT = 1000;

  private UnitsBuiltins() {}

  public static List<Builtin> all() {
    return List.of(
        of("units.parse", 1, (a, c) -> NumberValue.of(parse(a, a.string(0), UNITS, "amount").stripTrailingZeros())),
        of("units.parse_bytes", 1, (a, c) -> NumberValue.of(
            parse(a, a.string(0).toLowerCase(Locale.ROOT), BYTE_UNITS, "byte amount").setScale(0, RoundingMode.DOWN))));
  }

  private static BigDecimal parse(Args a, String raw, Map<String, BigDecimal> units, String what) throws BuiltinException {
    String s = raw.replace("\"", "");
    if (s.chars().anyMatch(Character::isWhitespace)) throw a.error("spaces not allowed in resource strings");
    Matcher m = AMOUNT.matcher(s);
    if (!m.matches()) throw a.error("no " + what + " provided");
    String unit = m.group(2);
    // units.parse keeps the first letter's case (m is milli, M mega) and ignores case after it ("KI" is Ki).
    if (units == UNITS && unit.length() > 1) unit = unit.charAt(0) + unit.substring(1).toLowerCase(Locale.ROOT);
    if (unit.chars().anyMatch(ch -> Character.isDigit(ch) || ch == '.')) {
      throw a.error("could not parse " + what + " to a number");
    }
    BigDecimal factor = units.get(unit);
    if (factor == null) throw a.error("unknown unit " + RegoText.goQuote(unit));
    BigDecimal amount = new BigDecimal(m.group(1));
    // OPA refuses amounts like 10e10000000 rather than compute them (digits in the millions)
    if (amount.signum() != 0 && Math.abs((long) amount.precision() - amount.scale()) > MAX_EXPONENT) {
      throw a.error("exponent too large");
    }
    return amount.multiply(factor);
  }

}
