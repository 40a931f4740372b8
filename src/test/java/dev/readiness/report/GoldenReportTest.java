package dev.readiness.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.testing.Golden;
import dev.readiness.testing.SampleScan;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The Markdown and JSON reports of the sample scan, pinned as golden files. */
class GoldenReportTest {
  private final ReportFormats formats = ReportFormats.standard(new ObjectMapper());

  private String render(String format) throws Exception {
    StringWriter w = new StringWriter();
    formats.get(format).write(SampleScan.report(), w);
    return w.toString();
  }

  @Test
  void markdown() throws Exception {
    Golden.assertMatches("readiness.md", render("md"));
  }

  @Test
  void summary() throws Exception {
    Golden.assertMatches("readiness-summary.md", render("summary"));
  }

  @Test
  void json() throws Exception {
    Golden.assertMatches("readiness.json", render("json"));
  }
}
