package dev.readiness.scan.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Normalizations and matching rules of drift detection, without an engine. */
class DriftDetectorTest {

  @Test
  void imageSpellingsOfTheSameReferenceAreEqual() {
    assertEquals(DriftDetector.normalizeImage("postgres"), DriftDetector.normalizeImage("docker.io/library/postgres:latest"));
    assertEquals(DriftDetector.normalizeImage("app:1"), DriftDetector.normalizeImage("localhost/app:1"));
    assertEquals("registry:5000/team/app:latest", DriftDetector.normalizeImage("registry:5000/team/app"));
    assertFalse(DriftDetector.normalizeImage("app:1").equals(DriftDetector.normalizeImage("app:2")));
  }

  @Test
  void rootSpellingsAreEqual() {
    for (String root : List.of("", "0", "root", "0:0", "root:root")) {
      assertEquals("root", DriftDetector.normalizeUser(root), root);
    }
    assertEquals("0:1000", DriftDetector.normalizeUser("0:1000"));
    assertEquals("1000", DriftDetector.normalizeUser("1000"));
  }

  @Test
  void restartSpellings() {
    assertEquals("no", DriftDetector.normalizeRestart(""));
    assertEquals("no", DriftDetector.normalizeRestart("none"));
    assertEquals("always", DriftDetector.normalizeRestart("any"));
    assertEquals("on-failure", DriftDetector.normalizeRestart("on-failure:3"));
  }

  @Test
  void composeMemoryUnits() {
    assertEquals(512L << 20, DriftDetector.memoryBytes("512m"));
    assertEquals(1L << 30, DriftDetector.memoryBytes("1G"));
    assertEquals(1536L << 20, DriftDetector.memoryBytes("1.5gb"));
    assertEquals(2048L, DriftDetector.memoryBytes("2048"));
    assertNull(DriftDetector.memoryBytes("lots"));
  }

  @Test
  void matchesByLabelsOrByComposeNames() {
    DeclaredService api = service("My_Stack", "api");
    DriftDetector detector = new DriftDetector(List.of(api));
    assertTrue(detector.match(container("x", "my_stack", "api")).isPresent());
    assertTrue(detector.match(container("my_stack-api-2", null, null)).isPresent());
    assertTrue(detector.match(container("my_stack_api_1", null, null)).isPresent());
    assertFalse(detector.match(container("my_stack-api-x", null, null)).isPresent());
    assertFalse(detector.match(container("other-api-1", null, null)).isPresent());
    assertFalse(detector.match(container("x", "other", "api")).isPresent());
  }

  @Test
  void portRangesAreNotComparedExactly() {
    DeclaredService ranged = new DeclaredService("p", "api", null, null, null, null,
        List.of(new DeclaredService.DeclaredPort("8000-8005", "8000-8005", "tcp")), null, false, "c.yml", 3, Map.of());
    List<DriftFinding> drift = new DriftDetector(List.of(ranged)).detect(List.of(container("p-api-1", "p", "api")));
    assertTrue(drift.isEmpty(), drift.toString());
  }

  private static DeclaredService service(String project, String name) {
    return new DeclaredService(project, name, null, null, null, null, List.of(), null, false, "compose.yml", 1, Map.of());
  }

  private static ContainerFacts container(String name, String project, String service) {
    return new ContainerFacts("id", name, "img:1", "sha256:1", project, service, "", false, List.of(), List.of(),
        List.of(), "bridge", "", "", "", List.of(), false, "no", 0, 0, null, "json-file", Map.of(), false, "none",
        null, List.of(), "running", null, 0);
  }
}
