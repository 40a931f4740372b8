package dev.readiness.policy.rego.value;

/**
 * A Rego value: the JSON types plus sets. Values are immutable, compare with OPA's total order
 * (null &lt; boolean &lt; number &lt; string &lt; array &lt; object &lt; set) and are equal by content
 * (numbers by numeric value, so {@code 1} equals {@code 1.0}).
 */
public sealed interface Value extends Comparable<Value>
    permits NullValue, BoolValue, NumberValue, StringValue, ArrayValue, ObjectValue, SetValue {

  /** Position of this value's type in OPA's sort order. */
  int typeOrder();

  /** OPA's type name as returned by {@code type_name}: null, boolean, number, string, array, object, set. */
  String typeName();

  @Override
  default int compareTo(Value other) {
    // Values are immutable: the same instance (a big input sub-document met again through another
    // reference, e.g. [cfg, svc] pairs sharing one cfg) is equal without walking it.
    if (this == other) return 0;
    int byType = Integer.compare(typeOrder(), other.typeOrder());
    return byType != 0 ? byType : compareSameType(other);
  }

  /** Compares with a value of the same type. */
  int compareSameType(Value other);
}
