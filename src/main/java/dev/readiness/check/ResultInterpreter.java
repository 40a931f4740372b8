package dev.readiness.check;

import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.BoolValue;
import dev.readiness.policy.rego.value.NullValue;
import dev.readiness.policy.rego.value.NumberValue;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.SetValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/** Applies the status and score rules of docs/policy-contract.md to the values a check's rules produced. */
public final class ResultInterpreter {
  private ResultInterpreter() {}

  /**
   * The values of one check's rules (each empty when the rule is undefined).
   *
   * @param applicable {@code applicable}
   * @param deny {@code deny} (or conftest's {@code violation}), already merged
   * @param warn {@code warn}
   * @param total {@code total}
   * @param passing {@code passing}
   */
  public record RuleValues(Optional<Value> applicable, List<Finding> deny, List<Finding> warn,
                           Optional<Value> total, Optional<Value> passing) {}

  /** The result for one check. */
  public static CheckResult interpret(CheckMetadata meta, RuleValues v) {
    if (v.applicable().isPresent() && v.applicable().get() instanceof BoolValue b && !b.value()) {
      return new CheckResult(meta, Status.NOT_APPLICABLE, null, List.of(), null, null, null, null);
    }
    List<Finding> findings = new ArrayList<>(new LinkedHashSet<>(concat(v.deny(), v.warn())));
    if (v.total().isPresent()) {
      int total = integer(v.total().get(), "total");
      int passing = v.passing().map(p -> integer(p, "passing")).orElse(0);
      if (total <= 0) return new CheckResult(meta, Status.NOT_APPLICABLE, null, findings, passing, total, null, null);
      if (passing < 0 || passing > total) {
        throw new IllegalArgumentException("passing (" + passing + ") must be between 0 and total (" + total + ")");
      }
      double score = BigDecimal.valueOf(10.0 * passing / total).setScale(1, RoundingMode.HALF_UP).doubleValue();
      Status status = passing == total ? Status.PASS : passing == 0 ? Status.FAIL : Status.WARN;
      return new CheckResult(meta, status, score, findings, passing, total, null, null);
    }
    if (!v.deny().isEmpty()) return new CheckResult(meta, Status.FAIL, 0.0, findings, null, null, null, null);
    if (!v.warn().isEmpty()) return new CheckResult(meta, Status.WARN, 5.0, findings, null, null, null, null);
    return new CheckResult(meta, Status.PASS, 10.0, List.of(), null, null, null, null);
  }

  /** The result for a check whose policy failed (evaluation error, budget exceeded, bad rule value). */
  public static CheckResult error(CheckMetadata meta, String message) {
    return new CheckResult(meta, Status.ERROR, 0.0, List.of(), null, null, null, message);
  }

  /**
   * The messages of an {@code input_errors} value (a set or array of strings, or one string), sorted:
   * the reasons a check's primary input could not be read, which make its status {@code error}.
   */
  public static List<String> messages(Optional<Value> value) {
    if (value.isEmpty()) return List.of();
    Value v = value.get();
    Iterable<Value> items = v instanceof SetValue s ? s.elements() : v instanceof ArrayValue a ? a.elements() : List.of(v);
    java.util.TreeSet<String> out = new java.util.TreeSet<>();
    for (Value item : items) {
      if (item instanceof StringValue s) out.add(s.value());
      else if (!(item instanceof NullValue) && !(item instanceof BoolValue b && !b.value())) out.add(dev.readiness.policy.rego.value.Json.write(item));
    }
    return List.copyOf(out);
  }

  /**
   * Findings of a {@code deny}/{@code warn} value: a set (or array) of finding objects or plain
   * messages. Objects may use conftest's {@code msg} instead of {@code message}.
   *
   * @param defaultFile file used when a finding names none (conftest per-file evaluation), or null
   */
  public static List<Finding> findings(Optional<Value> value, String defaultFile) {
    if (value.isEmpty()) return List.of();
    Value v = value.get();
    Iterable<Value> items;
    if (v instanceof SetValue s) {
      items = s.elements();
    } else if (v instanceof ArrayValue a) {
      items = a.elements();
    } else if (v instanceof BoolValue b) {
      // conftest allows `deny if {...}` boolean rules: true means one anonymous failure
      return b.value() ? List.of(new Finding("policy denied", defaultFile, null, null)) : List.of();
    } else {
      items = List.of(v);
    }
    List<Finding> out = new ArrayList<>();
    for (Value item : items) out.add(finding(item, defaultFile));
    return out;
  }

  private static Finding finding(Value item, String defaultFile) {
    if (item instanceof StringValue s) return new Finding(s.value(), defaultFile, null, null);
    if (item instanceof ObjectValue o) {
      String message = text(o, "message");
      if (message == null) message = text(o, "msg");
      if (message == null) message = dev.readiness.policy.rego.value.Json.write(item);
      String file = text(o, "file");
      Integer line = null;
      Value l = o.get(StringValue.of("line"));
      if (l instanceof NumberValue n && n.isInteger()) line = n.value().intValue();
      return new Finding(message, file != null ? file : defaultFile, line, text(o, "resource"));
    }
    return new Finding(dev.readiness.policy.rego.value.Json.write(item), defaultFile, null, null);
  }

  private static String text(ObjectValue o, String key) {
    Value v = o.get(StringValue.of(key));
    if (v == null || v instanceof NullValue) return null;
    return v instanceof StringValue s ? s.value() : dev.readiness.policy.rego.value.Json.write(v);
  }

  private static int integer(Value v, String rule) {
    if (v instanceof NumberValue n) return n.value().setScale(0, RoundingMode.HALF_UP).intValueExact();
    throw new IllegalArgumentException("rule " + rule + " must be a number, got " + v.typeName());
  }

  private static List<Finding> concat(List<Finding> a, List<Finding> b) {
    List<Finding> out = new ArrayList<>(a);
    out.addAll(b);
    return out;
  }
}
