package dev.readiness.scan.runtime;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Scripted timing of a runtime scan (run by src/test/scripts/runtime-scan-timing.sh, not by the test
 * suite): scans the engine at args[0] args[1] times and prints the container count and wall times.
 */
public final class RuntimeScanTiming {
  private RuntimeScanTiming() {}

  public static void main(String[] args) {
    String host = args[0];
    int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    List<Long> millis = new ArrayList<>();
    RuntimeFacts facts = null;
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      facts = new RuntimeScanner(RuntimeOptions.auto(), List.of(), Map.of("DOCKER_HOST", host), Duration.ofSeconds(5))
          .scan(new RecordingContext());
      millis.add((System.nanoTime() - start) / 1_000_000);
    }
    List<Long> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    System.out.printf("status=%s engine=%s containers=%d runs=%s ms first=%d median=%d min=%d%n",
        facts.status(), facts.engine() == null ? "-" : facts.engine().kind() + " " + facts.engine().version(),
        facts.containers().size(), millis, millis.get(0), sorted.get(sorted.size() / 2), sorted.get(0));
  }
}
