package dev.readiness.scan.workflow;

/** Placeholder: replaced by the workflow scanner's facts (see docs/input-document.md). */
public record WorkflowFacts(String file) {}
