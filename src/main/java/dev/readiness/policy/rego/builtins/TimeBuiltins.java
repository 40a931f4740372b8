package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.FunctionBuiltin.of;

import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.NumberValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * {@code time.*}: nanoseconds since the Unix epoch as int64 like OPA; Go layouts for parse/format; time zones by
 * IANA name ("" is UTC, "Local" the machine's zone). {@code time.now_ns} is fixed per evaluation by the context.
 */
public final class TimeBuiltins {
  private static final BigInteger NANOS = BigInteger.valueOf(1_000_000_000L);
  private static final BigInteger MIN = BigInteger.valueOf(Long.MIN_VALUE);
  private static final BigInteger MAX = BigInteger.valueOf(Long.MAX_VALUE);

  private TimeBuiltins() {}

  public static List<Builtin> all() {
    return List.of(
        of("time.now_ns", 0, (a, c) -> NumberValue.of(c.nowNanos())),
        of("time.parse_ns", 2, (a, c) -> parse(a, a.string(0), a.string(1))),
        of("time.parse_rfc3339_ns", 1, (a, c) -> parse(a, GoTimeLayout.RFC3339, a.string(0))),
        of("time.parse_duration_ns", 1, (a, c) -> NumberValue.of(GoDuration.parse(a, a.string(0)))),
        of("time.date", 1, (a, c) -> {
          ZonedDateTime t = time(a, 0);
          return ArrayValue.of(NumberValue.of(t.getYear()), NumberValue.of(t.getMonthValue()), NumberValue.of(t.getDayOfMonth()));
        }),
        of("time.clock", 1, (a, c) -> {
          ZonedDateTime t = time(a, 0);
          return ArrayValue.of(NumberValue.of(t.getHour()), NumberValue.of(t.getMinute()), NumberValue.of(t.getSecond()));
        }),
        of("time.weekday", 1, (a, c) -> StringValue.of(
            time(a, 0).getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH))),
        of("time.add_date", 4, TimeBuiltins::addDate),
        of("time.diff", 2, TimeBuiltins::diff),
        of("time.format", 1, TimeBuiltins::format));
  }

  private static Value parse(Args a, String layout, String value) throws BuiltinException {
    ZonedDateTime t;
    try {
      t = GoTimeLayout.parse(layout, value);
    } catch (IllegalArgumentException e) {
      throw a.error(e.getMessage());
    }
    return NumberValue.of(nanos(a, t));
  }

  /** Nanoseconds since the epoch, or "time outside of valid range" beyond int64. */
  static BigInteger nanos(Args a, ZonedDateTime t) throws BuiltinException {
    Instant i = t.toInstant();
    BigInteger n = BigInteger.valueOf(i.getEpochSecond()).multiply(NANOS).add(BigInteger.valueOf(i.getNano()));
    if (n.compareTo(MIN) < 0 || n.compareTo(MAX) > 0) throw a.error("time outside of valid range");
    return n;
  }

  /** Reads operand i: ns, [ns, tz] or [ns, tz, layout]. */
  static ZonedDateTime time(Args a, int i) throws BuiltinException {
    Value v = a.get(i);
    Value ns = v;
    ZoneId zone = ZoneOffset.UTC;
    if (v instanceof ArrayValue arr) {
      if (arr.size() < 1 || arr.size() > 3) throw a.typeError(i, "must be array of length 1, 2 or 3");
      ns = arr.get(0);
      if (arr.size() >= 2) {
        if (!(arr.get(1) instanceof StringValue tz)) throw a.typeError(i, "second element must be a string time zone");
        zone = zone(a, tz.value());
      }
    }
    if (!(ns instanceof NumberValue n)) throw a.mustBeOneOf(i, "number, array");
    BigInteger whole = n.value().setScale(0, RoundingMode.DOWN).toBigInteger();
    if (whole.compareTo(MIN) < 0 || whole.compareTo(MAX) > 0) throw a.error("timestamp too big");
    long l = whole.longValue();
    return Instant.ofEpochSecond(Math.floorDiv(l, 1_000_000_000L), Math.floorMod(l, 1_000_000_000L)).atZone(zone);
  }

  static ZoneId zone(Args a, String name) throws BuiltinException {
    if (name.isEmpty() || name.equals("UTC")) return ZoneOffset.UTC;
    if (name.equals("Local")) return ZoneId.systemDefault();
    try {
      return ZoneId.of(name);
    } catch (DateTimeException e) {
      throw a.error("unknown time zone " + name);
    }
  }

  private static Value addDate(Args a, BuiltinContext ctx) throws BuiltinException {
    ZonedDateTime t = time(a, 0);
    long years = a.integer(1).longValue();
    long months = a.integer(2).longValue();
    long days = a.integer(3).longValue();
    try {
      // Go's AddDate normalises overflowing days (Jan 31 + 1 month = Mar 3) instead of clamping like java.time.
      LocalDate base = LocalDate.of(Math.addExact(t.getYear(), Math.toIntExact(years)), 1, 1)
          .plusMonths(t.getMonthValue() - 1 + months)
          .plusDays(t.getDayOfMonth() - 1 + days);
      return NumberValue.of(nanos(a, ZonedDateTime.of(base, t.toLocalTime(), t.getZone())));
    } catch (DateTimeException | ArithmeticException e) {
      throw a.error("time outside of valid range");
    }
  }

  private static Value diff(Args a, BuiltinContext ctx) throws BuiltinException {
    ZonedDateTime t1 = time(a, 0);
    ZonedDateTime t2 = time(a, 1);
    if (t1.isAfter(t2)) {
      ZonedDateTime tmp = t1;
      t1 = t2;
      t2 = tmp;
    }
    t2 = t2.withZoneSameInstant(t1.getZone());
    int year = t2.getYear() - t1.getYear();
    int month = t2.getMonthValue() - t1.getMonthValue();
    int day = t2.getDayOfMonth() - t1.getDayOfMonth();
    int hour = t2.getHour() - t1.getHour();
    int min = t2.getMinute() - t1.getMinute();
    int sec = t2.getSecond() - t1.getSecond();
    if (sec < 0) {
      sec += 60;
      min--;
    }
    if (min < 0) {
      min += 60;
      hour--;
    }
    if (hour < 0) {
      hour += 24;
      day--;
    }
    if (day < 0) {
      day += LocalDate.of(t1.getYear(), t1.getMonthValue(), 1).lengthOfMonth();
      month--;
    }
    if (month < 0) {
      month += 12;
      year--;
    }
    return ArrayValue.of(NumberValue.of(year), NumberValue.of(month), NumberValue.of(day), NumberValue.of(hour),
        NumberValue.of(min), NumberValue.of(sec));
  }

  private static Value format(Args a, BuiltinContext ctx) throws BuiltinException {
    ZonedDateTime t = time(a, 0);
    String layout = GoTimeLayout.RFC3339_NANO;
    if (a.get(0) instanceof ArrayValue arr && arr.size() == 3) {
      if (!(arr.get(2) instanceof StringValue l)) throw a.typeError(0, "third element must be a string layout");
      layout = l.value();
    }
    return StringValue.of(GoTimeLayout.format(t, layout));
  }

  /** Go's time.ParseDuration. */
  static final class GoDuration {
    private GoDuration() {}

    static BigInteger parse(Args a, String s) throws BuiltinException {
      String orig = s;
      boolean neg = false;
      if (s.startsWith("-") || s.startsWith("+")) {
        neg = s.startsWith("-");
        s = s.substring(1);
      }
      if (s.equals("0")) return BigInteger.ZERO;
      if (s.isEmpty()) throw invalid(a, orig);
      BigDecimal total = BigDecimal.ZERO;
      int i = 0;
      while (i < s.length()) {
        int j = i;
        while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) j++;
        if (j == i) throw invalid(a, orig);
        BigDecimal num;
        try {
          num = new BigDecimal(s.substring(i, j));
        } catch (NumberFormatException e) {
          throw invalid(a, orig);
        }
        int k = j;
        while (k < s.length() && !Character.isDigit(s.charAt(k)) && s.charAt(k) != '.') k++;
        String unit = s.substring(j, k);
        long factor = switch (unit) {
          case "ns" -> 1L;
          case "us", "µs", "μs" -> 1_000L;
          case "ms" -> 1_000_000L;
          case "s" -> 1_000_000_000L;
          case "m" -> 60_000_000_000L;
          case "h" -> 3_600_000_000_000L;
          default -> -1L;
        };
        if (factor < 0) {
          throw a.error(unit.isEmpty() ? "time: missing unit in duration " + RegoText.goQuote(orig)
              : "time: unknown unit " + RegoText.goQuote(unit) + " in duration " + RegoText.goQuote(orig));
        }
        total = total.add(num.multiply(BigDecimal.valueOf(factor)));
        i = k;
      }
      BigInteger n = total.setScale(0, RoundingMode.DOWN).toBigInteger();
      if (neg) n = n.negate();
      if (n.compareTo(MIN) < 0 || n.compareTo(MAX) > 0) throw a.error("time: invalid duration " + RegoText.goQuote(orig));
      return n;
    }

    private static BuiltinException invalid(Args a, String s) {
      return a.error("time: invalid duration " + RegoText.goQuote(s));
    }
  }
}
