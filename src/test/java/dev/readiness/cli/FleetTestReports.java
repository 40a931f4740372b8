package dev.readiness.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A minimal readiness JSON report on disk, for command tests that only aggregate. */
final class FleetTestReports {
  private FleetTestReports() {}

  static void one(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("readiness.json"), """
        {"schemaVersion":1,"tool":{"name":"readiness","version":"0.1.0"},"target":{"name":"x"},
         "scannedAt":"2026-12-01T00:00:00Z","checks":[],"scores":{"overall":5.0},
         "verdict":{"level":"not-ready","label":"NOT Production Ready","blockers":[]}}
        """);
  }
}
