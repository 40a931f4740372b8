package dev.readiness.policy.rego.value;

import java.util.List;

/** An ordered, immutable list of values. */
public final class ArrayValue implements Value {
  public static final ArrayValue EMPTY = new ArrayValue(List.of());

  private final List<Value> elements;
  private final LazyHash hash = new LazyHash();

  public ArrayValue(List<Value> elements) {
    this.elements = List.copyOf(elements);
  }

  public List<Value> elements() { return elements; }

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

  @Override public boolean equals(Object o) { return o == this || o instanceof ArrayValue a && elements.equals(a.elements); }

  @Override public int hashCode() { return hash.of(elements); }

  @Override public String toString() { return Json.write(this); }
}
