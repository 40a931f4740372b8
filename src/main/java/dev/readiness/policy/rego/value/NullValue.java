package dev.readiness.policy.rego.value;

/** The JSON null (a singleton). */
public final class NullValue implements Value {
  public static final NullValue INSTANCE = new NullValue();

  private NullValue() {}

  @Override public int typeOrder() { return 0; }
  @Override public String typeName() { return "null"; }
  @Override public int compareSameType(Value other) { return 0; }
  @Override public String toString() { return "null"; }
}
