package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.FunctionBuiltin.of;

import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.NumberValue;
import dev.readiness.policy.rego.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** {@code numbers.range} and {@code numbers.range_step}: inclusive integer ranges, ascending or descending. */
public final class NumbersBuiltins {
  /** Upper bound on a range's length so a typo cannot exhaust memory. */
  static final int MAX_ELEMENTS = 10_000_000;

  private NumbersBuiltins() {}

  public static List<Builtin> all() {
    return List.of(
        of("numbers.range", 2, (a, c) -> range(a, a.integer(0), a.integer(1), BigInteger.ONE)),
        of("numbers.range_step", 3, NumbersBuiltins::rangeStep),
        of("rand.intn", 2, NumbersBuiltins::randIntn));
  }

  /**
   * A pseudo-random integer in [0, |n|) that is the same for the same key and n within one evaluation (OPA caches
   * it per query); derived from the evaluation time so separate evaluations differ.
   */
  private static Value randIntn(Args a, BuiltinContext ctx) throws BuiltinException {
    String key = a.string(0);
    BigInteger n = a.integer(1).abs();
    if (n.signum() == 0) return NumberValue.of(0);
    try {
      byte[] h = java.security.MessageDigest.getInstance("SHA-256").digest(
          (ctx.nowNanos() + "\u0000" + key + "\u0000" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return NumberValue.of(new BigInteger(1, h).mod(n));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw a.error(e.getMessage());
    }
  }

  private static Value rangeStep(Args a, BuiltinContext ctx) throws BuiltinException {
    BigInteger from = a.integer(0);
    BigInteger to = a.integer(1);
    BigInteger step = a.integer(2);
    if (step.signum() <= 0) throw a.error("step must be a positive integer");
    return range(a, from, to, step);
  }

  private static Value range(Args a, BigInteger from, BigInteger to, BigInteger step) throws BuiltinException {
    boolean up = from.compareTo(to) <= 0;
    BigInteger count = to.subtract(from).abs().divide(step).add(BigInteger.ONE);
    if (count.compareTo(BigInteger.valueOf(MAX_ELEMENTS)) > 0) throw a.error("range too large: " + count + " elements");
    List<Value> out = new ArrayList<>(count.intValue());
    BigInteger cur = from;
    BigInteger delta = up ? step : step.negate();
    for (int i = 0; i < count.intValue(); i++) {
      out.add(NumberValue.of(cur));
      cur = cur.add(delta);
    }
    return new ArrayValue(out);
  }
}
