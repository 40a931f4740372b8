package dev.readiness.policy.rego.builtins;

import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.NumberValue;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.SetValue;
import dev.readiness.policy.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code walk(x)}: a relation yielding {@code [path, value]} for x and every nested value, pre-order. */
public final class WalkBuiltin implements RelationBuiltin {

  @Override public String name() { return "walk"; }

  @Override public int arity() { return 1; }

  @Override
  public List<Value> results(List<Value> args, BuiltinContext ctx) {
    List<Value> out = new ArrayList<>();
    walk(new ArrayList<>(), args.get(0), out);
    return out;
  }

  private static void walk(List<Value> path, Value v, List<Value> out) {
    out.add(ArrayValue.of(new ArrayValue(path), v));
    if (v instanceof ArrayValue arr) {
      for (int i = 0; i < arr.size(); i++) descend(path, NumberValue.of(i), arr.get(i), out);
    } else if (v instanceof ObjectValue o) {
      for (Map.Entry<Value, Value> e : o.entries().entrySet()) descend(path, e.getKey(), e.getValue(), out);
    } else if (v instanceof SetValue s) {
      for (Value e : s) descend(path, e, e, out);
    }
  }

  private static void descend(List<Value> path, Value key, Value child, List<Value> out) {
    path.add(key);
    walk(path, child, out);
    path.remove(path.size() - 1);
  }
}
