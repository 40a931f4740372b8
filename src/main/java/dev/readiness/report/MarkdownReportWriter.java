package dev.readiness.report;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import java.util.Map;

/** The Markdown report (reports/markdown.ftl): the seed audit's shape, readable as a PR comment. */
public final class MarkdownReportWriter extends TemplateReportWriter {
  public MarkdownReportWriter(Templates templates) { super(templates, "markdown.ftl"); }

  @Override public String format() { return "md"; }

  @Override public String fileName() { return "readiness.md"; }

  @Override
  void addToModel(Map<String, Object> model) {
    // code(x): x as an inline code span, which auto-escaping would otherwise mangle with backslashes.
    TemplateMethodModelEx code = args -> {
      if (args.size() != 1) throw new TemplateModelException("code(text) takes one argument");
      Object arg = args.get(0);
      String text = arg instanceof TemplateScalarModel ? ((TemplateScalarModel) arg).getAsString() : String.valueOf(arg);
      return MarkdownOutputFormat.INSTANCE.fromMarkup(MarkdownOutputFormat.codeSpan(text));
    };
    model.put("code", code);
  }
}
