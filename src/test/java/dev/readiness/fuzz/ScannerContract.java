package dev.readiness.fuzz;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.discover.FileContents;
import dev.readiness.model.Diagnostic;
import dev.readiness.scan.Scanner;
import java.util.Optional;
import java.util.Set;

/**
 * The contract every file scanner keeps on any input, checked by the fuzz targets: the scan returns
 * facts and reports problems only as diagnostics (level, message, and a line that is absent or at
 * least 1, as SARIF requires). It throws nothing: the scanners document that a failure becomes a
 * diagnostic and {@code ScanPipeline} treats any exception out of a scanner as a bug. Inputs are
 * decoded the way discovery decodes files, so a scanner only ever sees what it would see in a scan.
 */
final class ScannerContract {
  private static final Set<String> LEVELS = Set.of("error", "warning", "info");

  private ScannerContract() {}

  /** The text discovery would hand a scanner for these bytes; empty when it would skip them as binary. */
  static Optional<String> decode(byte[] bytes) {
    return FileContents.decode(bytes);
  }

  /** Scans {@code text} as the only file of a repository, at {@code path}, and checks the contract. */
  static void scanOneFile(Scanner<?> scanner, String path, String text) {
    InMemoryRepo repo = InMemoryRepo.of(path, text);
    assertNotNull(scanner.scan(repo), "scanner returned null");
    repo.diagnostics.forEach(ScannerContract::checkDiagnostic);
  }

  static void checkDiagnostic(Diagnostic d) {
    assertTrue(LEVELS.contains(d.level()), () -> "bad diagnostic level: " + d);
    assertNotNull(d.message(), () -> "diagnostic without a message: " + d);
    assertTrue(d.line() == null || d.line() >= 1, () -> "diagnostic line below 1: " + d);
  }
}
