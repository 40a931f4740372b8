package dev.readiness.policy.rego.value;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Conversions between Rego values, JSON text and plain Java objects (Map, List, String, Number, Boolean, null). */
public final class Json {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS);

  private Json() {}

  /** Parses JSON text into a value. */
  public static Value parse(String json) {
    try {
      return fromNode(MAPPER.readTree(json));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("invalid JSON: " + e.getOriginalMessage(), e);
    }
  }

  /** Converts a Jackson tree into a value. */
  public static Value fromNode(JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) return NullValue.INSTANCE;
    if (node.isBoolean()) return BoolValue.of(node.booleanValue());
    if (node.isNumber()) return NumberValue.of(node.decimalValue());
    if (node.isTextual()) return StringValue.of(node.textValue());
    if (node.isArray()) {
      List<Value> out = new ArrayList<>(node.size());
      node.forEach(n -> out.add(fromNode(n)));
      return new ArrayValue(out);
    }
    TreeMap<Value, Value> map = new TreeMap<>();
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      map.put(StringValue.of(e.getKey()), fromNode(e.getValue()));
    }
    return ObjectValue.of(map);
  }

  /** Converts a plain Java object graph (as produced by Jackson or SnakeYAML) into a value. */
  public static Value fromJava(Object o) {
    if (o == null) return NullValue.INSTANCE;
    if (o instanceof Value v) return v;
    if (o instanceof Boolean b) return BoolValue.of(b);
    if (o instanceof BigDecimal d) return NumberValue.of(d);
    if (o instanceof BigInteger i) return NumberValue.of(i);
    if (o instanceof Integer || o instanceof Long || o instanceof Short || o instanceof Byte) {
      return NumberValue.of(((Number) o).longValue());
    }
    if (o instanceof Number n) return NumberValue.of(new BigDecimal(n.toString()));
    if (o instanceof CharSequence s) return StringValue.of(s.toString());
    if (o instanceof Map<?, ?> m) {
      TreeMap<Value, Value> map = new TreeMap<>();
      m.forEach((k, v) -> map.put(k instanceof String ks ? StringValue.of(ks) : fromJava(k), fromJava(v)));
      return ObjectValue.of(map);
    }
    if (o instanceof java.util.Set<?> s) {
      List<Value> out = new ArrayList<>();
      s.forEach(e -> out.add(fromJava(e)));
      return SetValue.of(out);
    }
    if (o instanceof Iterable<?> l) {
      List<Value> out = new ArrayList<>();
      l.forEach(e -> out.add(fromJava(e)));
      return new ArrayValue(out);
    }
    if (o.getClass().isArray() && o instanceof Object[] arr) {
      return fromJava(List.of(arr));
    }
    // Records and beans: let Jackson map them to a tree first.
    return fromNode(MAPPER.valueToTree(o));
  }

  /** Converts a value into plain Java objects; sets become lists, non-string object keys become their JSON text. */
  public static Object toJava(Value v) {
    if (v instanceof NullValue) return null;
    if (v instanceof BoolValue b) return b.value();
    if (v instanceof NumberValue n) return n.isInteger() ? (Object) n.value().toBigInteger() : n.value();
    if (v instanceof StringValue s) return s.value();
    if (v instanceof ObjectValue o) {
      Map<String, Object> out = new LinkedHashMap<>();
      o.entries().forEach((k, val) -> out.put(k instanceof StringValue s ? s.value() : write(k), toJava(val)));
      return out;
    }
    Iterable<Value> elements = v instanceof ArrayValue a ? a.elements() : (SetValue) v;
    List<Object> out = new ArrayList<>();
    elements.forEach(e -> out.add(toJava(e)));
    return out;
  }

  /** Compact JSON text of a value (sets as arrays, keys sorted). */
  public static String write(Value v) {
    StringBuilder sb = new StringBuilder();
    write(v, sb);
    return sb.toString();
  }

  private static void write(Value v, StringBuilder sb) {
    if (v instanceof StringValue s) {
      sb.append(quote(s.value()));
    } else if (v instanceof ArrayValue a) {
      writeAll(a.elements(), sb);
    } else if (v instanceof SetValue s) {
      writeAll(s.elements(), sb);
    } else if (v instanceof ObjectValue o) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
        if (!first) sb.append(',');
        first = false;
        sb.append(e.getKey() instanceof StringValue s ? quote(s.value()) : quote(write(e.getKey())));
        sb.append(':');
        write(e.getValue(), sb);
      }
      sb.append('}');
    } else {
      sb.append(v); // null, boolean, number print as JSON
    }
  }

  private static void writeAll(Iterable<Value> values, StringBuilder sb) {
    sb.append('[');
    boolean first = true;
    for (Value e : values) {
      if (!first) sb.append(',');
      first = false;
      write(e, sb);
    }
    sb.append(']');
  }

  /** JSON string literal for s. */
  public static String quote(String s) {
    try {
      return MAPPER.writeValueAsString(s);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
