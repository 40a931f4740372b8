package dev.readiness.scan.repo;

/** Placeholder: replaced by the repo scanner's facts (see docs/input-document.md). */
public record RepoFacts(String file) {}
