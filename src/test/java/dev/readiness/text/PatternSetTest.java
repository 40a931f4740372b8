package dev.readiness.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PatternSetTest {

  private static List<String> lits(String regex) {
    return RegexLiterals.of(Pattern.compile(regex));
  }

  @Test
  void optionalPartsAreNeverRequired() {
    assertEquals(List.of("https://", "http://"), lits("https?://"));
    assertEquals(List.of("http"), lits("https?"));
    assertEquals(List.of("test"), lits("(?i)\\b(?:unit[ _-]?)?tests?\\b"));
    assertEquals(List.of("filehandler"), lits("\\b(?:Rotating|TimedRotating|Watched)?FileHandler\\s*\\("));
  }

  @Test
  void alternativesAreAllRequiredToHaveALiteral() {
    assertEquals(List.of("sentry", "datadog"), lits("sentry|\\bdatadog\\b"));
    assertNull(lits("sentry|\\w+"), "one alternative without a literal: no gate");
    assertEquals(List.of("sentry", "ing"), lits("sentry|\\w+ing"));
    assertNull(lits("a|b"), "single characters are too weak to gate");
  }

  @Test
  void concatenationKeepsTheStrongestPart() {
    assertEquals(List.of("migrate"), lits("\\bgo\\s+migrate\\b"));
    assertEquals(List.of("sys.stdout", "sys.stderr"), lits("sys\\.std(?:out|err)"));
    assertEquals(List.of("session_type"), lits("SESSION_TYPE\\s*=\\s*[\"']redis"));
    assertEquals(List.of("\"redis", "'redis"), lits("\\s*=\\s*[\"']redis"));
  }

  @Test
  void classesQuantifiersAndEscapes() {
    assertEquals(List.of("pg_dump"), lits("\\bpg_dump(?:all)?\\b"));
    assertEquals(List.of("pool"), lits("\\bpool\\s*:\\s*\\{"));
    assertEquals(List.of("ab"), lits("x*ab{1}"));
    assertEquals(List.of("ab"), lits("(?:ab){2,3}"));
    assertNull(lits("(?:ab){0,3}"));
    assertNull(lits("(?x) foo # comment"));
    assertNull(lits("\\x41bc"), "hex escapes are not modelled: no gate rather than a wrong one");
    assertEquals(List.of("a.b"), lits("\\Qa.b\\E"));
  }

  @Test
  void topLevelAlternativesCarryInlineFlags() {
    List<Pattern> alts = RegexLiterals.alternatives(Pattern.compile("connect-redis|(?i)redis\\w*session|Store(a|b)"));
    assertEquals(3, alts.size());
    assertEquals("connect-redis", alts.get(0).pattern());
    assertEquals("(?i)redis\\w*session", alts.get(1).pattern());
    assertEquals("(?i)Store(a|b)", alts.get(2).pattern());
    assertEquals(1, RegexLiterals.alternatives(Pattern.compile("a(b|c)[|]")).size());
  }

  @Test
  void lineCandidatesNameTheLinesHoldingALiteral() {
    PatternSet set = PatternSet.of(List.of(Pattern.compile("health"), Pattern.compile("metrics")));
    List<String> seen = new ArrayList<>();
    set.lineCandidates("a\r\nGET /Health\rx\n/metrics and health", (line, c) -> seen.add(line + ":" + c));
    assertEquals(List.of("1:{0}", "3:{0, 1}"), seen);
  }

  /**
   * Differential check on real text: for every file of the bundled example and the test fixtures, the
   * gated search finds exactly the patterns a plain search of each pattern finds.
   */
  @Test
  void gatedSearchAgreesWithPlainSearch() throws IOException {
    List<Pattern> patterns = new ArrayList<>();
    for (String r : List.of("https?://[\\w.-]+", "(?i)\\bhealth(?:z|check)?\\b", "\\b(?:FROM|RUN)\\s+\\S+", "(?m)^\\s*#", "\\$\\{?\\w+",
        "(?i)password|secret|token", "\\bpostgres(?:ql)?://", "USER\\s+\\w+", "\\bnpm\\s+(?:ci|install)\\b", "image:\\s*\\S+:latest")) {
      patterns.add(Pattern.compile(r));
    }
    PatternSet set = PatternSet.of(patterns);
    int files = 0;
    for (Path root : List.of(Path.of("examples"), Path.of("src/test/resources/repos"))) {
      if (!Files.isDirectory(root)) continue;
      try (Stream<Path> walk = Files.walk(root)) {
        for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
          if (Files.size(p) > 200_000) continue;
          String text = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
          BitSet plain = new BitSet();
          for (int i = 0; i < patterns.size(); i++) if (patterns.get(i).matcher(text).find()) plain.set(i);
          assertEquals(plain, set.matching(text), p::toString);
          files++;
        }
      }
    }
    org.junit.jupiter.api.Assertions.assertTrue(files > 10, "fixtures found: " + files);
  }
}
