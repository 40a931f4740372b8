package dev.readiness.scan.compose;

import dev.readiness.scan.ScanContext;
import dev.readiness.scan.Scanner;

/** Placeholder: compose files → merged projects (owned by the foundation work). */
public final class ComposeScanner implements Scanner<ComposeFacts> {
  @Override
  public ComposeFacts scan(ScanContext context) { return new ComposeFacts(null); }
}
