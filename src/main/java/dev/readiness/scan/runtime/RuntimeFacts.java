package dev.readiness.scan.runtime;

/** Placeholder: replaced by the runtime scanner's facts (see docs/input-document.md). */
public record RuntimeFacts(String file) {}
