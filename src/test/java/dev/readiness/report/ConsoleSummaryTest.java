package dev.readiness.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.testing.SampleScan;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConsoleSummaryTest {
  private static String print(boolean color) {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    new ConsoleSummary(color).print(SampleScan.report(), List.of("readiness-report/readiness.md"),
        new PrintStream(b, true, StandardCharsets.UTF_8));
    return b.toString(StandardCharsets.UTF_8);
  }

  @Test
  void plainSummaryHasScoresVerdictGapsGateAndReports() {
    String s = print(false);
    assertFalse(s.contains("\u001b["), "no ANSI codes without color");
    assertTrue(s.startsWith("readiness · mvp-stack · 4.3/10 · NOT Production Ready (incomplete: 1 check could not be judged)\n"), s);
    assertTrue(s.contains("  Security        ##........   2.2\n"), s);
    // IDs are padded to the longest gap ID (infra.compose.production-override, 33 characters)
    assertTrue(s.contains("  HIGH   automation.ci.deploy" + " ".repeat(33 - 20) + "  CI deploys on main or tags\n"), s);
    assertTrue(s.contains("(partial)"));
    assertTrue(s.contains("Gate: failed: overall 4.3 < 7.0\n"), s);
    assertTrue(s.contains("Reports: readiness-report/readiness.md\n"), s);
  }

  @Test
  void colorsOnlyWhenAsked() {
    assertTrue(print(true).contains("\u001b[31m"));
  }
}
