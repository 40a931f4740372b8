package dev.readiness.policy.rego.value;

/** A boolean (two singletons). */
public final class BoolValue implements Value {
  public static final BoolValue FALSE = new BoolValue(false);
  public static final BoolValue TRUE = new BoolValue(true);

  private final boolean value;

  private BoolValue(boolean value) { this.value = value; }

  public static BoolValue of(boolean b) { return b ? TRUE : FALSE; }

  public boolean value() { return value; }

  @Override public int typeOrder() { return 1; }
  @Override public String typeName() { return "boolean"; }
  @Override public int compareSameType(Value other) { return Boolean.compare(value, ((BoolValue) other).value); }
  @Override public String toString() { return Boolean.toString(value); }
}
