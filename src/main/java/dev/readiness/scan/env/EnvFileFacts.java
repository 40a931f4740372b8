package dev.readiness.scan.env;

/** Placeholder: replaced by the env scanner's facts (see docs/input-document.md). */
public record EnvFileFacts(String file) {}
