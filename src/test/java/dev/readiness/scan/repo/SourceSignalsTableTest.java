package dev.readiness.scan.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The signal table searched in one pass finds the same (line, rule) pairs as every rule on every line. */
class SourceSignalsTableTest {
  private static final List<String> ECOSYSTEMS = List.of("python", "node", "java", "go", "ruby", "php", "dotnet");

  @Test
  void everyRuleHasALiteralGate() {
    for (String e : ECOSYSTEMS) {
      SourceSignals.Table t = SourceSignals.tableFor(e);
      assertTrue(t.ungated().isEmpty(), () -> e + ": rules without a literal gate: " + t.ungated());
    }
  }

  @Test
  void oneTablePassAgreesWithEveryRuleOnEveryLine() throws IOException {
    int files = 0;
    List<Path> roots = new ArrayList<>(List.of(Path.of("examples"), Path.of("src/test/resources/repos")));
    Path corpus = Path.of("../shared/corpus");
    if (Files.isDirectory(corpus)) roots.add(corpus);
    else System.out.println("SourceSignalsTableTest: ../shared/corpus absent; checking the fixtures only");
    for (Path root : roots) {
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
          String eco = SourceSignals.ecosystemOf(p.toString().replace('\\', '/'));
          if (eco == null || Files.size(p) > RepoFiles.MAX_SCANNED_BYTES) continue;
          String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
          SourceSignals.Table t = SourceSignals.tableFor(eco);
          String[] lines = RepoFiles.lines(text);
          List<String> plain = new ArrayList<>();
          for (int i = 0; i < lines.length; i++) {
            for (int k = 0; k < t.rules().size(); k++) if (t.rules().get(k).pattern().matcher(lines[i]).find()) plain.add(i + ":" + k);
          }
          List<String> gated = new ArrayList<>();
          assertTrue(t.ungated().isEmpty(), eco);
          t.set().lineCandidates(text, (i, c) -> {
            for (int k = c.nextSetBit(0); k >= 0; k = c.nextSetBit(k + 1)) if (t.rules().get(k).pattern().matcher(lines[i]).find()) gated.add(i + ":" + k);
          });
          assertEquals(plain, gated, p::toString);
          files++;
        }
      }
    }
    assertTrue(files > 10, "source files checked: " + files);
  }
}
