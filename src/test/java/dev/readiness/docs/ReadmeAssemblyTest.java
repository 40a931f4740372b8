package dev.readiness.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * README.md is assembled from docs/readme/ by docs/readme/assemble.sh; this fails when someone edited
 * a section (or the README) without re-running it, so the two never drift apart.
 */
class ReadmeAssemblyTest {
  private static final Path DIR = Path.of("docs/readme");

  @Test
  void readmeIsTheAssemblyOfTheSections() throws IOException {
    StringBuilder expected = new StringBuilder();
    for (String section : sections()) {
      if (expected.length() > 0) expected.append('\n');
      String text = Files.readString(DIR.resolve(section + ".md"), StandardCharsets.UTF_8);
      expected.append(text.replaceAll("\n+$", "")).append('\n');
    }
    String actual = Files.readString(Path.of("README.md"), StandardCharsets.UTF_8);
    assertEquals(expected.toString(), actual, "README.md is stale: run docs/readme/assemble.sh and commit the result");
  }

  @Test
  void everySectionFileIsAssembled() throws IOException {
    List<String> listed = sections();
    try (var files = Files.list(DIR)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".md")).toList()) {
        String name = p.getFileName().toString().replaceAll("\\.md$", "");
        assertTrue(listed.contains(name), p + " is not listed in docs/readme/assemble.sh");
      }
    }
  }

  /** The SECTIONS=(...) list of the assembly script, in order. */
  private static List<String> sections() throws IOException {
    String script = Files.readString(DIR.resolve("assemble.sh"), StandardCharsets.UTF_8);
    Matcher m = Pattern.compile("SECTIONS=\\(([^)]*)\\)").matcher(script);
    assertTrue(m.find(), "no SECTIONS=(...) in assemble.sh");
    List<String> out = new ArrayList<>();
    for (String s : m.group(1).trim().split("\\s+")) out.add(s);
    return out;
  }
}
