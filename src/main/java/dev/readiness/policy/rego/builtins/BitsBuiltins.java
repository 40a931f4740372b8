package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.FunctionBuiltin.of;

import dev.readiness.policy.rego.value.NumberValue;
import java.math.BigInteger;
import java.util.List;

/** {@code bits.*} on arbitrary-precision integers (two's complement semantics, like Go's big.Int). */
public final class BitsBuiltins {
  private static final int MAX_SHIFT = 1 << 16;

  private BitsBuiltins() {}

  public static List<Builtin> all() {
    return List.of(
        of("bits.and", 2, (a, c) -> NumberValue.of(a.integer(0).and(a.integer(1)))),
        of("bits.or", 2, (a, c) -> NumberValue.of(a.integer(0).or(a.integer(1)))),
        of("bits.xor", 2, (a, c) -> NumberValue.of(a.integer(0).xor(a.integer(1)))),
        of("bits.negate", 1, (a, c) -> NumberValue.of(a.integer(0).not())),
        of("bits.lsh", 2, (a, c) -> NumberValue.of(a.integer(0).shiftLeft(shift(a)))),
        of("bits.rsh", 2, (a, c) -> NumberValue.of(a.integer(0).shiftRight(shift(a)))));
  }

  private static int shift(Args a) throws BuiltinException {
    a.integer(0);
    BigInteger n = a.integer(1);
    if (n.signum() < 0) throw a.typeError(1, "must be an unsigned integer number but got a negative integer");
    // Bounded so a policy cannot allocate an astronomically large number.
    if (n.compareTo(BigInteger.valueOf(MAX_SHIFT)) > 0) throw a.error("shift amount too large");
    return n.intValue();
  }
}
