package dev.readiness.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.readiness.usage.UsageException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The report writers by format name (like conftest's output registry). */
public final class ReportFormats {
  private final Map<String, ReportWriter> writers = new LinkedHashMap<>();

  public ReportFormats(List<ReportWriter> writers) {
    for (ReportWriter w : writers) this.writers.put(w.format(), w);
  }

  /** The built-in writers: md, html, json, sarif, junit, and the compact Markdown summary. */
  public static ReportFormats standard(ObjectMapper mapper) {
    Templates templates = new Templates();
    return new ReportFormats(List.of(new MarkdownReportWriter(templates), new HtmlReportWriter(templates),
        new JsonReportWriter(mapper), new SarifReportWriter(mapper), new JunitReportWriter(),
        new SummaryReportWriter(templates)));
  }

  /** The writer of a format; a usage error names the known formats. */
  public ReportWriter get(String format) {
    ReportWriter w = writers.get(format);
    if (w == null) {
      throw new UsageException("unknown report format '" + format + "' (expected one of: " + String.join(", ", names()) + ")");
    }
    return w;
  }

  /** Every registered format name, in registration order. */
  public Set<String> names() { return writers.keySet(); }
}
