package dev.readiness.scan.runtime;

import dev.readiness.scan.ScanContext;
import dev.readiness.scan.Scanner;
import dev.readiness.scan.compose.ComposeFacts;

/** Placeholder: running containers via the Docker Engine API, with drift against compose (owned by the runtime work). */
public final class RuntimeScanner implements Scanner<RuntimeFacts> {
  public RuntimeScanner(RuntimeOptions options, ComposeFacts compose) {}

  @Override
  public RuntimeFacts scan(ScanContext context) { return new RuntimeFacts(null); }
}
