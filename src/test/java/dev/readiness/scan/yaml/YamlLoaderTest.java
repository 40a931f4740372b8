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
}
