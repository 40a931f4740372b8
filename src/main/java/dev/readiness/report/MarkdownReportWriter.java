package dev.readiness.report;

import java.util.Map;

/** The Markdown report (reports/markdown.ftl): the seed audit's shape, readable as a PR comment. */
public final class MarkdownReportWriter extends TemplateReportWriter {
  public MarkdownReportWriter(Templates templates) { super(templates, "markdown.ftl"); }

  @Override public String format() { return "md"; }

  @Override public String fileName() { return "readiness.md"; }

  @Override
  void addToModel(Map<String, Object> model) {
    // code(x): x as an inline code span, which auto-escaping would otherwise mangle with backslashes.
    model.put("code", function("code", text -> MarkdownOutputFormat.INSTANCE.fromMarkup(MarkdownOutputFormat.codeSpan(text))));
    // md(x): check text from METADATA, escaped, with its `code spans` kept.
    model.put("md", function("md", text -> MarkdownOutputFormat.INSTANCE.fromMarkup(InlineCode.markdown(text))));
  }
}
