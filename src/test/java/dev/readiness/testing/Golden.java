package dev.readiness.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden-file assertions for reports. Expected files live in src/test/resources/golden/ and are
 * regenerated, never hand-edited, with {@code mvn test -Dtest=... -Dreadiness.updateGolden=true}.
 */
public final class Golden {
  public static final String UPDATE_PROPERTY = "readiness.updateGolden";

  private Golden() {}

  /** Compares {@code actual} with the golden file {@code name}, or rewrites it when updating. */
  public static void assertMatches(String name, String actual) throws IOException {
    Path file = Path.of("src", "test", "resources", "golden", name);
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertTrue(Files.exists(file), "golden file " + file + " is missing; create it with -D" + UPDATE_PROPERTY + "=true");
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    assertEquals(expected, actual, "report differs from " + file + "; if the change is intended, regenerate it with -D"
        + UPDATE_PROPERTY + "=true and review the diff");
  }
}
