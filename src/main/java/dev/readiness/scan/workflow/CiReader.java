package dev.readiness.scan.workflow;

import dev.readiness.model.Diagnostic;
import java.util.function.Consumer;

/** Reads one CI provider's file format into workflow facts; returns null when the file holds no usable definition. */
interface CiReader {
  WorkflowFacts read(String file, String text, Consumer<Diagnostic> diagnostics);
}
