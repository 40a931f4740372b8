package dev.readiness.policy.rego;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.Json;
import dev.readiness.policy.rego.value.NumberValue;
import dev.readiness.policy.rego.value.SetValue;
import dev.readiness.policy.rego.value.Value;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * OPA's value order where one instance is met again through several references, as in the
 * built-in checks' {@code _judged contains [cfg, svc]} sets: every pair shares one large {@code cfg}.
 */
class RegoValueOrderTest {
  private static final int DEPTH = 500_000;

  /** [[[...[1]...]]]: comparing it element by element would recurse DEPTH levels and overflow the stack. */
  private static Value deeplyNested() {
    Value v = NumberValue.of(1);
    for (int i = 0; i < DEPTH; i++) v = ArrayValue.of(v);
    return v;
  }

  @Test
  void theSameInstanceIsEqualWithoutWalkingIt() {
    Value deep = deeplyNested();
    assertEquals(0, deep.compareTo(deep));
  }

  @Test
  void pairsSharingTheirFirstElementAreOrderedByTheSecond() {
    Value shared = deeplyNested();
    List<Value> pairs = new ArrayList<>();
    for (int i : new int[] {3, 1, 2, 1}) pairs.add(ArrayValue.of(shared, NumberValue.of(i)));
    SetValue set = SetValue.of(pairs);
    assertEquals(3, set.size());
    List<Value> seconds = new ArrayList<>();
    for (Value pair : set) seconds.add(((ArrayValue) pair).get(1));
    assertEquals(List.of(NumberValue.of(1), NumberValue.of(2), NumberValue.of(3)), seconds);
  }

  @Test
  void distinctInstancesStillCompareByContent() {
    Value a = Json.parse("{\"services\": [{\"name\": \"api\", \"ports\": [80]}]}");
    Value b = Json.parse("{\"services\": [{\"name\": \"api\", \"ports\": [80]}]}");
    Value c = Json.parse("{\"services\": [{\"name\": \"api\", \"ports\": [81]}]}");
    assertEquals(0, a.compareTo(b));
    assertTrue(a.compareTo(c) < 0);
    assertTrue(c.compareTo(a) > 0);
  }
}
