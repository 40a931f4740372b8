package dev.readiness.policy.rego.builtins;

import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.BoolValue;
import dev.readiness.policy.rego.value.NumberValue;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.SetValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of one builtin call with typed accessors that raise OPA-shaped type errors,
 * e.g. {@code "object.get: operand 1 must be object but got string"}. Operands are 0-based here
 * and 1-based in messages, as in OPA.
 */
public final class Args {
  private final String builtin;
  private final List<Value> values;

  public Args(String builtin, List<Value> values) {
    this.builtin = builtin;
    this.values = values;
  }

  public int size() { return values.size(); }

  public Value get(int i) { return values.get(i); }

  public String builtin() { return builtin; }

  public String string(int i) throws BuiltinException {
    Value v = values.get(i);
    if (v instanceof StringValue s) return s.value();
    throw mustBe(i, "string");
  }

  public NumberValue number(int i) throws BuiltinException {
    Value v = values.get(i);
    if (v instanceof NumberValue n) return n;
    throw mustBe(i, "number");
  }

  /** An integer operand; a float gives OPA's "must be integer number but got floating-point number". */
  public BigInteger integer(int i) throws BuiltinException {
    NumberValue n = number(i);
    if (!n.isInteger()) throw typeError(i, "must be integer number but got floating-point number");
    return n.value().toBigIntegerExact();
  }

  /** An integer operand that must fit in an int (sizes, counts, offsets). */
  public int intValue(int i) throws BuiltinException {
    BigInteger b = integer(i);
    if (b.bitLength() > 31) throw BuiltinException.builtinError(builtin + ": operand " + (i + 1) + " out of range");
    return b.intValue();
  }

  public boolean bool(int i) throws BuiltinException {
    Value v = values.get(i);
    if (v instanceof BoolValue b) return b.value();
    throw mustBe(i, "boolean");
  }

  public ObjectValue object(int i) throws BuiltinException {
    Value v = values.get(i);
    if (v instanceof ObjectValue o) return o;
    throw mustBe(i, "object");
  }

  public ArrayValue array(int i) throws BuiltinException {
    Value v = values.get(i);
    if (v instanceof ArrayValue a) return a;
    throw mustBe(i, "array");
  }

  public SetValue set(int i) throws BuiltinException {
    Value v = values.get(i);
    if (v instanceof SetValue s) return s;
    throw mustBe(i, "set");
  }

  /** The elements of an array or set operand, in order; other types give "must be one of {types}". */
  public List<Value> collection(int i, String types) throws BuiltinException {
    Value v = values.get(i);
    if (v instanceof ArrayValue a) return a.elements();
    if (v instanceof SetValue s) return new ArrayList<>(s.elements());
    throw mustBeOneOf(i, types);
  }

  /** "NAME: operand N must be TYPE but got ACTUAL". */
  public BuiltinException mustBe(int i, String type) {
    return typeError(i, "must be " + type + " but got " + values.get(i).typeName());
  }

  /** "NAME: operand N must be one of {TYPES} but got ACTUAL". */
  public BuiltinException mustBeOneOf(int i, String types) {
    return typeError(i, "must be one of {" + types + "} but got " + values.get(i).typeName());
  }

  /** "NAME: operand N DETAIL" as an eval_type_error. */
  public BuiltinException typeError(int i, String detail) {
    return BuiltinException.typeError(builtin + ": operand " + (i + 1) + " " + detail);
  }

  /** "NAME: MESSAGE" as an eval_builtin_error. */
  public BuiltinException error(String message) {
    return BuiltinException.builtinError(builtin + ": " + message);
  }
}
