package dev.readiness.report;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

/** A report writer backed by one FreeMarker template in {@code reports/}. */
abstract class TemplateReportWriter implements ReportWriter {
  private final Templates templates;
  private final String template;

  TemplateReportWriter(Templates templates, String template) {
    this.templates = templates;
    this.template = template;
  }

  @Override
  public void write(Report report, Writer out) throws IOException {
    Map<String, Object> model = new HashMap<>();
    model.put("v", ReportView.of(report));
    model.put("r", report);
    addToModel(model);
    templates.render(template, model, out);
  }

  /** Format-specific helpers for the template. */
  void addToModel(Map<String, Object> model) {}
}
