package dev.readiness.scan.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class YamlLoaderTest {
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  private List<?> load(String text) {
    return YamlLoader.load(text, "compose", "compose.yaml", diagnostics::add);
  }

  @Test
  void malformedTagIsADiagnosticNotAnException() {
    // Found by ComposeFuzzTest: SnakeYAML throws IllegalArgumentException (not a YAMLException) for this tag.
    assertTrue(load(" !%1").isEmpty());
    assertEquals(1, diagnostics.size(), diagnostics::toString);
    Diagnostic d = diagnostics.get(0);
    assertEquals("error", d.level());
    assertTrue(d.message().startsWith("invalid YAML: "), d.message());
  }

  @Test
  void validDocumentsStillLoad() {
    assertEquals(2, load("a: 1\n---\nb: !custom 2\n").size());
    assertTrue(diagnostics.isEmpty(), diagnostics::toString);
  }

  @Test
  void manyAliasesInARealisticFileLoad() {
    // A large compose reusing anchors: hundreds of aliases, a small expanded tree.
    StringBuilder y = new StringBuilder("x-env: &env\n  TZ: UTC\n  LANG: C\nx-log: &log\n  driver: json-file\nservices:\n");
    for (int i = 0; i < 150; i++) {
      y.append("  s").append(i).append(":\n    image: busybox:1.36\n    environment: *env\n    logging: *log\n");
    }
    assertEquals(1, load(y.toString()).size());
    assertTrue(diagnostics.isEmpty(), diagnostics::toString);
  }

  @Test
  void aFewAliasesThatExpandToMillionsOfNodesAreRejectedWithALine() {
    StringBuilder y = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'h'; c++) {
      y.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 10; i++) y.append(i == 0 ? "" : ", ").append('*').append(prev);
      y.append("]\n");
      prev = c;
    }
    assertTrue(load(y.toString()).isEmpty());
    assertEquals(1, diagnostics.size(), diagnostics::toString);
    assertTrue(diagnostics.get(0).message().contains("once aliases are expanded"), diagnostics.get(0).message());
    assertEquals(Integer.valueOf(1), diagnostics.get(0).line());
  }
}
