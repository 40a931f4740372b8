package dev.readiness.report;

/** The self-contained HTML report (reports/html.ftl). */
public final class HtmlReportWriter extends TemplateReportWriter {
  public HtmlReportWriter(Templates templates) { super(templates, "html.ftl"); }

  @Override public String format() { return "html"; }

  @Override public String fileName() { return "readiness.html"; }
}
