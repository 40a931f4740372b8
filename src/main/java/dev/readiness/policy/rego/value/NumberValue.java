package dev.readiness.policy.rego.value;

import java.math.BigDecimal;
import java.math.BigInteger;

/** An arbitrary-precision decimal number; equality and hashing are by numeric value. */
public final class NumberValue implements Value {
  private final BigDecimal value;
  private final BigDecimal normalized;

  private NumberValue(BigDecimal value) {
    this.value = value;
    this.normalized = value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
  }

  public static NumberValue of(BigDecimal v) { return new NumberValue(v); }
  public static NumberValue of(long v) { return new NumberValue(BigDecimal.valueOf(v)); }
  public static NumberValue of(BigInteger v) { return new NumberValue(new BigDecimal(v)); }
  public static NumberValue of(double v) { return new NumberValue(BigDecimal.valueOf(v)); }

  /** Parses a JSON/Rego number literal such as {@code 12}, {@code -1.5e3}. */
  public static NumberValue parse(String literal) { return new NumberValue(new BigDecimal(literal)); }

  public BigDecimal value() { return value; }

  /** True when the number has no fractional part. */
  public boolean isInteger() { return normalized.scale() <= 0 || normalized.signum() == 0; }

  /** The value as a long; throws ArithmeticException when not an integer in range. */
  public long longValueExact() { return normalized.longValueExact(); }

  /** The value as an int if it is an integer that fits, otherwise null. */
  public Integer intValueOrNull() {
    try {
      return isInteger() ? normalized.intValueExact() : null;
    } catch (ArithmeticException e) {
      return null;
    }
  }

  @Override public int typeOrder() { return 2; }
  @Override public String typeName() { return "number"; }
  @Override public int compareSameType(Value other) { return value.compareTo(((NumberValue) other).value); }
  @Override public boolean equals(Object o) { return o instanceof NumberValue n && normalized.equals(n.normalized); }
  @Override public int hashCode() { return normalized.hashCode(); }

  /** JSON text of the number: integers without exponent or fraction, others in plain notation. */
  @Override public String toString() {
    if (isInteger()) {
      return normalized.toBigInteger().toString();
    }
    return normalized.toPlainString();
  }
}
