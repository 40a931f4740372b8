package dev.readiness.discover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each form docs/globs.md documents, as excludes and suppression paths read it (Glob.matchesFile). */
class GlobTest {
  @ParameterizedTest(name = "{0} ~ {1} -> {2}")
  @CsvSource({
      // a name without a slash: at any depth, and everything below a matching directory
      "Dockerfile, Dockerfile, true",
      "Dockerfile, api/Dockerfile, true",
      "Dockerfile, api/Dockerfile.prod, false",
      "vendor, vendor/github.com/x/y.go, true",
      "vendor, src/vendor/a.go, true",
      // a trailing slash: directories only
      "build/, build/out.js, true",
      "build/, a/build/x/y, true",
      "build/, build, false",
      // a leading or middle slash: anchored at the repository root
      "/Dockerfile, Dockerfile, true",
      "/Dockerfile, api/Dockerfile, false",
      "api/Dockerfile, api/Dockerfile, true",
      "api/Dockerfile, x/api/Dockerfile, false",
      // * and ? stay inside one segment
      "*.md, README.md, true",
      "*.md, docs/guide/a.md, true",
      "docs/*.md, docs/a.md, true",
      "docs/*.md, docs/x/a.md, false",
      "file?.txt, file1.txt, true",
      "file?.txt, file/.txt, false",
      // character classes, [!..] negated
      "log[0-9].txt, log7.txt, true",
      "log[!0-9].txt, log7.txt, false",
      "log[!0-9].txt, logx.txt, true",
      // ** spans segments
      "**/fixtures, fixtures/a.json, true",
      "**/fixtures, test/deep/fixtures/a.json, true",
      "src/**/test, src/test/a.java, true",
      "src/**/test, src/a/b/test/a.java, true",
      "docs/**, docs/a/b/c.md, true",
      "docs/**, docs.md, false",
      "**/*.lock, a/b/yarn.lock, true",
  })
  void documentedForms(String pattern, String path, boolean matches) {
    assertEquals(matches, Glob.checked(pattern).matchesFile(path));
  }

  @ParameterizedTest(name = "rejected: {0}")
  @CsvSource(delimiter = '|', value = {
      "{vendor,docs}/**|braces",
      "*.{yml,yaml}|braces",
      "!keep.md|negation",
      "src/[ab|unclosed [",
      "'  '|empty",
  })
  void userPatternsGitWouldReadDifferentlyAreRejected(String pattern, String problem) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Glob.checked(pattern));
    assertTrue(e.getMessage().contains(problem), e.getMessage());
    assertTrue(Glob.problem(pattern).contains(problem));
  }

  @Test
  void gitignoreLinesKeepGitsReading() {
    // git reads braces and an unclosed bracket literally in a .gitignore: so does compile()
    assertTrue(Glob.compile("a{b}").matches("a{b}", false));
    assertTrue(Glob.compile("x[").matches("x[", false));
    assertNull(Glob.problem("docs/**"));
  }

  @Test
  void literalMatchesOnlyThatPath() {
    String odd = "out [1]/*?";
    Glob g = Glob.checked("/" + Glob.literal(odd));
    assertTrue(g.matchesFile(odd));
    assertFalse(g.matchesFile("out 1/ab"));
    assertTrue(Glob.checked("/" + Glob.literal("reports") + "/**").matchesFile("reports/readiness.json"));
  }

  @Test
  void directoryTreesForTheWalk() {
    assertTrue(Glob.checked("docs/**").matchesDirectoryTree("docs"));
    assertTrue(Glob.checked("node_modules").matchesDirectoryTree("web/node_modules"));
    assertFalse(Glob.checked("*.md").matchesDirectoryTree("docs"));
  }
}
