package dev.readiness.policy.rego.builtins;

import static dev.readiness.policy.rego.builtins.FunctionBuiltin.of;

import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.BoolValue;
import dev.readiness.policy.rego.value.NullValue;
import dev.readiness.policy.rego.value.NumberValue;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.SetValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.AbstractConstruct;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;

/**
 * {@code yaml.marshal}, {@code yaml.unmarshal}, {@code yaml.is_valid}: YAML 1.1 like OPA's Go library, parsed
 * with SnakeYAML's safe constructor (no arbitrary types) and the project's alias, depth and size limits.
 */
public final class YamlBuiltins {
  static final int MAX_NODES = 1_000_000;

  private YamlBuiltins() {}

  public static List<Builtin> all() {
    return List.of(
        of("yaml.marshal", 1, (a, c) -> StringValue.of(marshal(a.get(0)))),
        of("yaml.unmarshal", 1, (a, c) -> unmarshal(a, a.string(0))),
        of("yaml.is_valid", 1, YamlBuiltins::isValid));
  }

  private static Value isValid(Args a, BuiltinContext ctx) {
    if (!(a.get(0) instanceof StringValue s)) return BoolValue.FALSE;
    try {
      unmarshal(a, s.value());
      return BoolValue.TRUE;
    } catch (BuiltinException e) {
      return BoolValue.FALSE;
    }
  }

  /**
   * Safe constructor that reads YAML as OPA's yaml.unmarshal (Go's YAML-to-JSON conversion) does: timestamps stay
   * strings, and a node with an unknown tag (CloudFormation's {@code !Ref}, {@code !GetAtt}, ...) is read as if
   * untagged, except that a tagged scalar is always its text ({@code !X 12} is "12").
   */
  private static final class StringTimestamps extends SafeConstructor {
    StringTimestamps(LoaderOptions options) {
      super(options);
      yamlConstructors.put(Tag.TIMESTAMP, yamlConstructors.get(Tag.STR));
      yamlConstructors.put(null, new AbstractConstruct() {
        @Override
        public Object construct(Node node) {
          if (node instanceof ScalarNode scalar) return scalar.getValue();
          Tag plain = node instanceof SequenceNode ? Tag.SEQ : Tag.MAP;
          node.setTag(plain);
          return yamlConstructors.get(plain).construct(node);
        }
      });
    }
  }

  /** Parses YAML text as {@code yaml.unmarshal} does (data documents and config files use this too). */
  public static Value parse(String text) throws BuiltinException {
    return unmarshal(new Args("yaml.unmarshal", List.of(StringValue.of(text))), text);
  }

  static Value unmarshal(Args a, String text) throws BuiltinException {
    LoaderOptions opts = new LoaderOptions();
    opts.setMaxAliasesForCollections(dev.readiness.scan.yaml.YamlLoader.MAX_ALIASES);
    opts.setNestingDepthLimit(dev.readiness.scan.yaml.YamlLoader.MAX_DEPTH);
    opts.setCodePointLimit(dev.readiness.scan.yaml.YamlLoader.MAX_CODE_POINTS);
    // global tags (!!java.Foo) are read as plain data like any unknown tag: the safe constructor never builds classes
    opts.setTagInspector(tag -> true);
    Yaml yaml = new Yaml(new StringTimestamps(opts));
    try {
      Object doc = yaml.load(text);
      return toValue(a, doc, new int[] {MAX_NODES});
    } catch (MarkedYAMLException e) {
      int line = (e.getContextMark() != null ? e.getContextMark() : e.getProblemMark()).getLine() + 1;
      String problem = String.valueOf(e.getProblem()).replaceFirst("^expected (.*), but got .*$", "did not find expected $1");
      throw a.error("yaml: line " + line + ": " + problem);
    } catch (YAMLException e) {
      throw a.error("yaml: " + e.getMessage());
    }
  }

  /** Aliases share nodes, so the expanded tree is bounded separately ("billion laughs"). */
  private static Value toValue(Args a, Object o, int[] budget) throws BuiltinException {
    if (--budget[0] < 0) throw a.error("yaml: document too large after alias expansion");
    if (o == null) return NullValue.INSTANCE;
    if (o instanceof Map<?, ?> m) {
      TreeMap<Value, Value> out = new TreeMap<>();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        Object k = e.getKey();
        String key = k instanceof String s ? s : k == null ? "null" : k instanceof Value v ? v.toString() : String.valueOf(k);
        out.put(StringValue.of(key), toValue(a, e.getValue(), budget));
      }
      return ObjectValue.of(out);
    }
    if (o instanceof List<?> l) {
      List<Value> out = new ArrayList<>(l.size());
      for (Object e : l) out.add(toValue(a, e, budget));
      return new ArrayValue(out);
    }
    if (o instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) throw a.error("yaml: cannot represent " + d + " as a JSON number");
      return NumberValue.of(new BigDecimal(d.toString()));
    }
    if (o instanceof Date d) return StringValue.of(d.toInstant().toString());
    if (o instanceof byte[] b) return StringValue.of(java.util.Base64.getEncoder().encodeToString(b));
    if (o instanceof java.util.Set<?> s) {
      TreeMap<Value, Value> out = new TreeMap<>();
      for (Object e : s) out.put(StringValue.of(String.valueOf(e)), NullValue.INSTANCE);
      return ObjectValue.of(out);
    }
    return dev.readiness.policy.rego.value.Json.fromJava(o);
  }

  static String marshal(Value v) {
    DumperOptions opts = new DumperOptions();
    opts.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    opts.setIndent(2);
    opts.setWidth(Integer.MAX_VALUE);
    opts.setSplitLines(false);
    return new Yaml(new Representer(opts), opts).dump(toJava(v));
  }

  private static Object toJava(Value v) {
    if (v instanceof NullValue) return null;
    if (v instanceof BoolValue b) return b.value();
    if (v instanceof NumberValue n) {
      if (n.isInteger()) return n.value().toBigInteger();
      return n.value().doubleValue();
    }
    if (v instanceof StringValue s) return s.value();
    if (v instanceof ObjectValue o) {
      Map<String, Object> m = new LinkedHashMap<>();
      o.entries().forEach((k, val) -> m.put(k instanceof StringValue s ? s.value() : GoJson.compact(k), toJava(val)));
      return m;
    }
    Iterable<Value> items = v instanceof ArrayValue arr ? arr.elements() : (SetValue) v;
    List<Object> out = new ArrayList<>();
    for (Value e : items) out.add(toJava(e));
    return out;
  }

}
