package dev.readiness.scan.dockerfile;

import dev.readiness.scan.ScanContext;
import dev.readiness.scan.Scanner;
import java.util.List;

/** Placeholder: Dockerfiles → stages and instructions (owned by the scanners work). */
public final class DockerfileScanner implements Scanner<List<DockerfileFacts>> {
  @Override
  public List<DockerfileFacts> scan(ScanContext context) { return List.of(); }
}
