package dev.readiness.report;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
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
    Map<String, Object> model = model(report);
    addToModel(model);
    render(model, out);
  }

  /** The model every template gets: the report ({@code r}) and its reading view ({@code v}). */
  static Map<String, Object> model(Report report) {
    Map<String, Object> model = new HashMap<>();
    model.put("v", ReportView.of(report));
    model.put("r", report);
    return model;
  }

  /** Renders this writer's template with a model. */
  void render(Map<String, Object> model, Writer out) throws IOException {
    templates.render(template, model, out);
  }

  /** Format-specific helpers for the template. */
  void addToModel(Map<String, Object> model) {}

  /** A template function's body: markup from a text. */
  interface TextFunction {
    Object apply(String text) throws TemplateModelException;
  }

  /** A one-argument template function {@code name(text)} returning markup made by {@code body}. */
  static TemplateMethodModelEx function(String name, TextFunction body) {
    return args -> {
      if (args.size() != 1) throw new TemplateModelException(name + "(text) takes one argument");
      Object arg = args.get(0);
      return body.apply(arg instanceof TemplateScalarModel t ? t.getAsString() : String.valueOf(arg));
    };
  }
}
