package dev.readiness.scan.dockerfile;

/** Placeholder: replaced by the dockerfile scanner's facts (see docs/input-document.md). */
public record DockerfileFacts(String file) {}
