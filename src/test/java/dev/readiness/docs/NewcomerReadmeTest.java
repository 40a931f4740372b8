package dev.readiness.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README is a page a newcomer reads in two minutes, its commands are the ones the project really
 * runs, and no link of the README or of a docs/ page points at a file or a heading that is not there.
 */
class NewcomerReadmeTest {
  private static final Path README = Path.of("README.md");
  private static final Pattern LINK = Pattern.compile("\\[[^\\]]*\\]\\(([^)\\s]+)\\)");
  private static final Pattern HEADING = Pattern.compile("^(#{1,6}) (.+)$");

  private static String read(Path p) throws IOException { return Files.readString(p, StandardCharsets.UTF_8); }

  @Test
  void theReadmeIsShortAndStartsWithTheTwoCommands() throws IOException {
    String readme = read(README);
    assertTrue(readme.length() < 8_000, "README.md is " + readme.length() + " characters: move details to docs/");
    int build = readme.indexOf("mvn -B -q package -DskipTests && target/readiness scan examples/mvp-stack");
    int test = readme.indexOf("mvn -B verify");
    assertTrue(build > 0 && test > build && test < 2_500, "the build-and-scan and test commands come first");
    assertTrue(Files.isDirectory(Path.of("examples/mvp-stack")), "the bundled example exists");
    assertTrue(read(Path.of(".ci/run")).contains("\nmvn -B verify\n"), "CI runs the README's test command");
    for (String section : List.of("## Install", "## Scan your own repository", "## Gate CI in GitHub Actions",
        "## Fix what it finds", "## License")) {
      assertTrue(readme.contains("\n" + section + "\n"), section);
    }
    assertTrue(readme.contains("![") && Files.isRegularFile(Path.of("docs/img/report.png")), "the picture of the HTML report");
    int checks = dev.readiness.check.CheckCatalog.builtin().all().size();
    assertTrue(readme.contains(" " + checks + " built-in checks"), "the README counts the built-in checks right: " + checks);
  }

  @Test
  void theLicenseIsApache2InTheFileThePomAndTheReadme() throws IOException {
    assertTrue(read(Path.of("LICENSE")).contains("Apache License\n                           Version 2.0, January 2004"));
    String pom = read(Path.of("pom.xml"));
    assertTrue(pom.contains("<licenses>") && pom.contains("<name>Apache-2.0</name>"), "pom <licenses>");
    assertTrue(read(README).contains("Apache License 2.0: see [LICENSE](LICENSE)"));
  }

  @Test
  void everyLocalLinkOfTheReadmeAndTheDocsResolves() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(README));
    try (var docs = Files.list(Path.of("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
    }
    List<String> broken = new ArrayList<>();
    for (Path page : pages) {
      Matcher m = LINK.matcher(withoutCode(read(page)));
      while (m.find()) {
        String target = m.group(1);
        if (target.matches("^[a-z]+:.*")) continue; // https:, mailto:
        String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
        String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
        Path resolved = file.isEmpty() ? page : page.toAbsolutePath().getParent().resolve(file).normalize();
        if (!Files.exists(resolved)) {
          broken.add(page + ": " + target + " (no such file)");
        } else if (anchor != null && resolved.toString().endsWith(".md") && !anchors(resolved).contains(anchor)) {
          broken.add(page + ": " + target + " (no such heading)");
        }
      }
    }
    assertEquals(List.of(), broken);
  }

  /** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
  static Set<String> anchors(Path page) throws IOException {
    Set<String> out = new LinkedHashSet<>();
    boolean fence = false;
    for (String line : read(page).split("\n")) {
      if (line.startsWith("```")) fence = !fence;
      Matcher h = HEADING.matcher(line);
      if (fence || !h.matches()) continue;
      String slug = h.group(2).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
      String unique = slug;
      for (int i = 1; out.contains(unique); i++) unique = slug + "-" + i;
      out.add(unique);
    }
    return out;
  }

  private static String withoutCode(String markdown) {
    return markdown.replaceAll("(?s)```.*?```", "").replaceAll("`[^`\n]*`", "");
  }
}
