package dev.readiness.report;

import freemarker.core.HTMLOutputFormat;
import java.util.Map;

/** The self-contained HTML report (reports/html.ftl). */
public final class HtmlReportWriter extends TemplateReportWriter {
  public HtmlReportWriter(Templates templates) { super(templates, "html.ftl"); }

  @Override public String format() { return "html"; }

  @Override public String fileName() { return "readiness.html"; }

  @Override
  void addToModel(Map<String, Object> model) {
    // md(x): check text from METADATA (descriptions, remediations), escaped, with `code spans` as <code>.
    model.put("md", function("md", text -> HTMLOutputFormat.INSTANCE.fromMarkup(InlineCode.html(text))));
  }
}
