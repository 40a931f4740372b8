package dev.readiness.scan.compose;

/** Placeholder: replaced by the compose scanner's facts (see docs/input-document.md). */
public record ComposeFacts(String file) {}
