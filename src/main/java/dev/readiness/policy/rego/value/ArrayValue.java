package dev.readiness.policy.rego.value;

import java.util.List;

/** An ordered, immutable list of values. */
public record ArrayValue(List<Value> elements) implements Value {
  public static final ArrayValue EMPTY = new ArrayValue(List.of());

  public ArrayValue {
    elements = List.copyOf(elements);
  }

  public static ArrayValue of(Value... values) { return new ArrayValue(List.of(values)); }

  public int size() { return elements.size(); }
  public Value get(int i) { return elements.get(i); }

  @Override public int typeOrder() { return 6; }
  @Override public String typeName() { return "array"; }

  @Override
  public int compareSameType(Value other) {
    List<Value> b = ((ArrayValue) other).elements;
    for (int i = 0; i < Math.min(elements.size(), b.size()); i++) {
      int c = elements.get(i).compareTo(b.get(i));
      if (c != 0) return c;
    }
    return Integer.compare(elements.size(), b.size());
  }

  @Override public String toString() { return Json.write(this); }
}
