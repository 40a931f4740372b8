package dev.readiness.policy.rego.value;

import java.util.Collection;
import java.util.Iterator;
import java.util.NavigableSet;
import java.util.TreeSet;

/** An immutable set of values, iterated in OPA's sort order. */
public final class SetValue implements Value, Iterable<Value> {
  public static final SetValue EMPTY = new SetValue(new TreeSet<>());

  private final NavigableSet<Value> elements;
  private final LazyHash hash = new LazyHash();

  private SetValue(NavigableSet<Value> elements) { this.elements = elements; }

  public static SetValue of(Collection<? extends Value> values) { return new SetValue(new TreeSet<>(values)); }

  public static SetValue of(Value... values) { return of(java.util.Arrays.asList(values)); }

  /** A read-only sorted view of the elements. */
  public NavigableSet<Value> elements() { return java.util.Collections.unmodifiableNavigableSet(elements); }

  public int size() { return elements.size(); }
  public boolean contains(Value v) { return elements.contains(v); }
  @Override public Iterator<Value> iterator() { return elements().iterator(); }

  @Override public int typeOrder() { return 8; }
  @Override public String typeName() { return "set"; }

  @Override
  public int compareSameType(Value other) {
    Iterator<Value> a = elements.iterator();
    Iterator<Value> b = ((SetValue) other).elements.iterator();
    while (a.hasNext() && b.hasNext()) {
      int c = a.next().compareTo(b.next());
      if (c != 0) return c;
    }
    return Boolean.compare(a.hasNext(), b.hasNext());
  }

  @Override public boolean equals(Object o) { return o == this || o instanceof SetValue s && elements.equals(s.elements); }

  @Override public int hashCode() { return hash.of(elements); }
  @Override public String toString() { return Json.write(this); }
}
