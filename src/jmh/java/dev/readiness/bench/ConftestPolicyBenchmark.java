package dev.readiness.bench;

import dev.readiness.policy.PolicyException;
import dev.readiness.policy.rego.RegoPolicyEngine;
import dev.readiness.policy.rego.value.Json;
import dev.readiness.policy.rego.value.SetValue;
import dev.readiness.policy.rego.value.Value;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Issue 3: a 50-rule conftest-style policy set ({@link ConftestPolicySet}) evaluated by the Rego
 * interpreter on a 200-service compose file, as {@code conftest test --all-namespaces} would: one
 * operation queries the deny/warn rule of each of the 10 packages.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
// Operations take tens to hundreds of ms: longer iterations, and more warm-up for the JIT to settle.
@Warmup(iterations = 5, time = 4)
@Measurement(iterations = 5, time = 4)
public class ConftestPolicyBenchmark {
  static final int SERVICES = 200;

  private RegoPolicyEngine engine;
  private Value input;
  private List<String> entrypoints;

  @Setup
  public void setup() throws PolicyException {
    RegoPolicyEngine.Builder b = RegoPolicyEngine.builder();
    for (String[] m : ConftestPolicySet.modules()) b.module(m[0], m[1]);
    engine = b.build();
    input = Json.fromJava(ComposeServices.base(SERVICES));
    entrypoints = ConftestPolicySet.entrypoints();
    int messages = 0;
    for (String ep : entrypoints) {
      Optional<Value> result = engine.evaluate(ep, input);
      if (result.isEmpty() || !(result.get() instanceof SetValue set) || set.size() == 0) {
        throw new IllegalStateException(ep + " gave no messages on the generated services: " + result);
      }
      messages += set.size();
    }
    System.out.printf("conftest policy set: %d rules in %d packages, %d services, %d deny/warn messages%n",
        ConftestPolicySet.ruleCount(), entrypoints.size(), SERVICES, messages);
  }

  /** All 10 packages' deny/warn sets; returns the number of messages. */
  @Benchmark
  public int evaluate50Rules() throws PolicyException {
    int messages = 0;
    for (String ep : entrypoints) {
      messages += ((SetValue) engine.evaluate(ep, input).orElseThrow()).size();
    }
    return messages;
  }
}
