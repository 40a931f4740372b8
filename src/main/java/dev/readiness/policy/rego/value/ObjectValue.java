package dev.readiness.policy.rego.value;

import java.util.Iterator;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** An immutable object whose keys may be any value; iterated in key order. */
public final class ObjectValue implements Value {
  public static final ObjectValue EMPTY = new ObjectValue(new TreeMap<>());

  private final NavigableMap<Value, Value> entries;
  private final LazyHash hash = new LazyHash();

  private ObjectValue(NavigableMap<Value, Value> entries) { this.entries = entries; }

  public static ObjectValue of(Map<? extends Value, ? extends Value> map) { return new ObjectValue(new TreeMap<>(map)); }

  /** A read-only sorted view of the entries. */
  public NavigableMap<Value, Value> entries() { return java.util.Collections.unmodifiableNavigableMap(entries); }

  public Value get(Value key) { return entries.get(key); }
  public Value get(String key) { return entries.get(StringValue.of(key)); }
  public int size() { return entries.size(); }

  @Override public int typeOrder() { return 7; }
  @Override public String typeName() { return "object"; }

  @Override
  public int compareSameType(Value other) {
    // OPA compares objects by their sorted keys first, then by the values under those keys.
    Iterator<Map.Entry<Value, Value>> a = entries.entrySet().iterator();
    Iterator<Map.Entry<Value, Value>> b = ((ObjectValue) other).entries.entrySet().iterator();
    while (a.hasNext() && b.hasNext()) {
      Map.Entry<Value, Value> ea = a.next();
      Map.Entry<Value, Value> eb = b.next();
      int c = ea.getKey().compareTo(eb.getKey());
      if (c != 0) return c;
      c = ea.getValue().compareTo(eb.getValue());
      if (c != 0) return c;
    }
    return Boolean.compare(a.hasNext(), b.hasNext());
  }

  @Override public boolean equals(Object o) { return o == this || o instanceof ObjectValue ov && entries.equals(ov.entries); }

  @Override public int hashCode() { return hash.of(entries); }
  @Override public String toString() { return Json.write(this); }

  /** Builder for objects with string keys, in insertion-independent (sorted) order. */
  public static final class Builder {
    private final TreeMap<Value, Value> map = new TreeMap<>();

    public Builder put(String key, Value value) { map.put(StringValue.of(key), value); return this; }
    public Builder put(Value key, Value value) { map.put(key, value); return this; }
    public ObjectValue build() { return new ObjectValue(new TreeMap<>(map)); }
  }

  public static Builder builder() { return new Builder(); }
}
