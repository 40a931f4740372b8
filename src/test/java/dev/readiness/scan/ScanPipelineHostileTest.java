package dev.readiness.scan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.model.Diagnostic;
import dev.readiness.model.InputDocument;
import dev.readiness.testing.TestRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every hostile input at once through the whole pipeline: each becomes a diagnostic and the good files still yield facts. */
class ScanPipelineHostileTest {
  @TempDir Path dir;

  @Test
  void hostileFilesBecomeDiagnosticsAndTheScanGoesOn(@TempDir Path outside) throws Exception {
    StringBuilder bomb = new StringBuilder("a: &a [x,x,x,x,x,x,x,x,x,x]\n");
    for (char c = 'b'; c <= 'h'; c++) {
      String p = "*" + (char) (c - 1);
      bomb.append(c).append(": &").append(c).append(" [").append(String.join(",", java.util.Collections.nCopies(10, p))).append("]\n");
    }
    new TestRepo(dir)
        .file("docker-compose.yml", "services:\n  web:\n    image: nginx:1.27\n    ports: [\"80:80\"]\n")
        .file(".github/workflows/broken.yml", "on: push\njobs:\n  a: [\n")
        .file(".github/workflows/bomb.yml", bomb.toString())
        .file(".github/workflows/dup.yml", "on: push\non: pull_request\njobs: {}\n")
        .file("deep/compose.yaml", "services:\n  x:\n    labels: " + "[".repeat(500) + "]".repeat(500) + "\n")
        .bytes("Dockerfile", new byte[] {'F', 'R', 'O', 'M', 0, 0, 0})
        .bytes(".env", new byte[] {'A', '=', (byte) 0xff, (byte) 0xfe, '\n'})
        .file("big.env", "A=" + "x".repeat(3000) + "\n")
        .file("README.md", "# App\n");
    Files.createSymbolicLink(dir.resolve("escape.yml"), Files.writeString(outside.resolve("x.yml"), "a: 1\n"));
    Files.createSymbolicLink(dir.resolve("broken.env"), dir.resolve("missing.env"));
    Files.createSymbolicLink(dir.resolve("loop1"), dir.resolve("loop2"));
    Files.createSymbolicLink(dir.resolve("loop2"), dir.resolve("loop1"));
    InputDocument doc = new ScanPipeline(new ScanOptions(dir, List.of(), 2048, dev.readiness.scan.runtime.RuntimeOptions.off())).run();
    List<String> files = doc.diagnostics().stream().map(Diagnostic::file).distinct().toList();
    for (String f : List.of(".github/workflows/broken.yml", ".github/workflows/bomb.yml", ".github/workflows/dup.yml", "deep/compose.yaml",
        "Dockerfile", ".env", "big.env", "escape.yml", "broken.env", "loop1")) {
      assertTrue(files.contains(f), "no diagnostic for " + f + " in " + doc.diagnostics());
    }
    assertEquals("web", doc.compose().projects().get(0).configs().get(0).services().get(0).name());
    assertTrue(doc.files().stream().anyMatch(f -> f.path().equals("README.md")));
  }
}
