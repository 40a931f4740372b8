package dev.readiness.check;

import static dev.readiness.testing.SampleScan.meta;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.usage.UsageException;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckSelectionTest {
  private static final List<CheckMetadata> CHECKS = List.of(
      meta("security.container.non-root", "security", Severity.HIGH),
      meta("security.secrets.env-committed", "security", Severity.CRITICAL),
      meta("runtime.container.privileged", "security", Severity.CRITICAL),
      meta("infra.compose.present", "infrastructure", Severity.HIGH));

  @Test
  void idsPrefixesAndCategoriesSelect() {
    CheckSelection id = CheckSelection.validated(List.of("infra.compose.present"), List.of(), CHECKS);
    assertTrue(id.includes("infra.compose.present"));
    assertFalse(id.includes("security.container.non-root"));

    CheckSelection group = CheckSelection.validated(List.of("security.container"), List.of(), CHECKS);
    assertTrue(group.includes("security.container.non-root"));
    assertFalse(group.includes("security.secrets.env-committed"));

    // a category selects its checks whatever their ID prefix
    CheckSelection category = CheckSelection.validated(List.of(" security "), List.of(), CHECKS);
    assertTrue(category.includes("runtime.container.privileged"));
    assertTrue(category.includes("security.secrets.env-committed"));
    assertFalse(category.includes("infra.compose.present"));

    CheckSelection skip = CheckSelection.validated(List.of(), List.of("security", ""), CHECKS);
    assertTrue(skip.includes("infra.compose.present"));
    assertFalse(skip.includes("runtime.container.privileged"));
  }

  @Test
  void anUnknownEntryIsAUsageErrorWithSuggestions() {
    UsageException e = assertThrows(UsageException.class,
        () -> CheckSelection.validated(List.of("security.container.non-rot"), List.of(), CHECKS));
    assertTrue(e.getMessage().startsWith("--only: no check matches 'security.container.non-rot'; did you mean: "
        + "security.container.non-root"), e.getMessage());
    assertTrue(e.getMessage().endsWith(" (see readiness rules)"), e.getMessage());
    UsageException skip = assertThrows(UsageException.class,
        () -> CheckSelection.validated(List.of(), List.of("securty"), CHECKS));
    assertTrue(skip.getMessage().startsWith("--skip: no check matches 'securty'; did you mean: security"), skip.getMessage());
    UsageException none = assertThrows(UsageException.class,
        () -> CheckSelection.validated(List.of("zzzzzzzzzzzz"), List.of(), CHECKS));
    assertEquals("--only: no check matches 'zzzzzzzzzzzz' (see readiness rules)", none.getMessage());
  }
}
