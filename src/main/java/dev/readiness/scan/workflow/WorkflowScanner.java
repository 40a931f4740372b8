package dev.readiness.scan.workflow;

import dev.readiness.scan.ScanContext;
import dev.readiness.scan.Scanner;
import java.util.List;

/** Placeholder: CI workflows → jobs, steps and intents (owned by the scanners work). */
public final class WorkflowScanner implements Scanner<List<WorkflowFacts>> {
  @Override
  public List<WorkflowFacts> scan(ScanContext context) { return List.of(); }
}
