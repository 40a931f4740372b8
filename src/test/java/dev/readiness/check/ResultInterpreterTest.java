package dev.readiness.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.readiness.policy.rego.value.BoolValue;
import dev.readiness.policy.rego.value.Json;
import dev.readiness.policy.rego.value.NumberValue;
import dev.readiness.policy.rego.value.Value;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResultInterpreterTest {
  private static final CheckMetadata META = new CheckMetadata("x.y", "X", "security", Severity.HIGH, "", List.of(), "", false, null, "p.rego");
  private static final Finding F = new Finding("bad", "a", 1, "service:a");

  private static CheckResult run(Optional<Value> applicable, List<Finding> deny, List<Finding> warn, Integer total, Integer passing) {
    return ResultInterpreter.interpret(META, new ResultInterpreter.RuleValues(applicable, deny, warn,
        Optional.ofNullable(total).map(NumberValue::of), Optional.ofNullable(passing).map(NumberValue::of)));
  }

  @Test
  void denyFailsWarnWarnsNothingPasses() {
    assertEquals(Status.FAIL, run(Optional.empty(), List.of(F), List.of(), null, null).status());
    CheckResult warn = run(Optional.empty(), List.of(), List.of(F), null, null);
    assertEquals(Status.WARN, warn.status());
    assertEquals(5.0, warn.score());
    CheckResult pass = run(Optional.empty(), List.of(), List.of(), null, null);
    assertEquals(Status.PASS, pass.status());
    assertEquals(10.0, pass.score());
  }

  @Test
  void notApplicableHasNoScore() {
    CheckResult r = run(Optional.of(BoolValue.of(false)), List.of(F), List.of(), null, null);
    assertEquals(Status.NOT_APPLICABLE, r.status());
    assertNull(r.score());
  }

  @Test
  void countingChecksAreProportional() {
    CheckResult r = run(Optional.empty(), List.of(F), List.of(), 3, 1);
    assertEquals(Status.WARN, r.status());
    assertEquals(3.3, r.score());
    assertEquals(1, r.passing());
    assertEquals(3, r.total());
    assertEquals(Status.PASS, run(Optional.empty(), List.of(), List.of(), 2, 2).status());
    assertEquals(Status.FAIL, run(Optional.empty(), List.of(F), List.of(), 2, 0).status());
    assertEquals(Status.NOT_APPLICABLE, run(Optional.empty(), List.of(), List.of(), 0, 0).status());
  }

  @Test
  void findingsAcceptObjectsConftestMsgAndStrings() {
    Value v = Json.parse("[{\"message\":\"m\",\"file\":\"f\",\"line\":3,\"resource\":\"r\"},{\"msg\":\"conftest\"},\"plain\"]");
    List<Finding> fs = ResultInterpreter.findings(Optional.of(v), "default.yaml");
    assertEquals(new Finding("m", "f", 3, "r"), fs.get(0));
    assertEquals(new Finding("conftest", "default.yaml", null, null), fs.get(1));
    assertEquals(new Finding("plain", "default.yaml", null, null), fs.get(2));
  }
}
