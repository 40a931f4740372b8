package dev.readiness.scan.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.model.Diagnostic;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The expanded-size limit stops alias bombs, and only them: a large file without aliases is read. */
class YamlLoaderSizeTest {
  private final List<Diagnostic> diagnostics = new ArrayList<>();

  /** A compose file with {@code services} services of 12 environment entries each (about 30 nodes per service). */
  private static String compose(int services, boolean anchors) {
    StringBuilder b = new StringBuilder("x-env: &env\n  A: '1'\n  B: '2'\nservices:\n");
    for (int i = 0; i < services; i++) {
      b.append("  svc").append(i).append(":\n    image: registry.example.com/team/app:1.").append(i).append('\n');
      b.append("    environment:\n");
      if (anchors) b.append("      <<: *env\n");
      for (int k = 0; k < 12; k++) b.append("      KEY_").append(k).append(": value-").append(k).append('\n');
    }
    return b.toString();
  }

  @Test
  void aLargeFileWithoutAliasesIsReadNotCalledABomb() {
    String text = compose(8_000, false);
    List<?> docs = YamlLoader.load(text, "compose", "compose.yaml", diagnostics::add);
    assertTrue(YamlLoader.expandedSize((org.yaml.snakeyaml.nodes.Node) docs.get(0), Integer.MAX_VALUE) > YamlLoader.MAX_EXPANDED_NODES,
        "the file is over the node limit, so the test shows something");
    assertEquals(1, docs.size());
    assertTrue(diagnostics.isEmpty(), diagnostics::toString);
  }

  @Test
  void aliasesThatExpandPastTheLimitAreStillRefused() {
    StringBuilder bomb = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
    char prev = 'a';
    for (char c = 'b'; c <= 'h'; c++) {
      bomb.append(c).append(": &").append(c).append(" [");
      for (int i = 0; i < 10; i++) bomb.append(i == 0 ? "" : ", ").append('*').append(prev);
      bomb.append("]\n");
      prev = c;
    }
    assertTrue(YamlLoader.load(bomb.toString(), "compose", "compose.yaml", diagnostics::add).isEmpty());
    assertEquals(1, diagnostics.size(), diagnostics::toString);
    assertTrue(diagnostics.get(0).message().contains("once aliases are expanded (YAML alias bomb?)"), diagnostics.get(0).message());
  }

  @Test
  void aliasesAreDetectedAsSharedNodes() {
    List<?> plain = YamlLoader.load("a: [1, 2]\nb: [1, 2]\n", "compose", "c.yaml", diagnostics::add);
    List<?> aliased = YamlLoader.load("a: &x [1, 2]\nb: *x\n", "compose", "c.yaml", diagnostics::add);
    assertEquals(false, YamlLoader.hasAliases((org.yaml.snakeyaml.nodes.Node) plain.get(0)));
    assertEquals(true, YamlLoader.hasAliases((org.yaml.snakeyaml.nodes.Node) aliased.get(0)));
  }
}
