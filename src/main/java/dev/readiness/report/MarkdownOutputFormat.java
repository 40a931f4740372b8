package dev.readiness.report;

import freemarker.core.CommonMarkupOutputFormat;
import freemarker.core.CommonTemplateMarkupOutputModel;
import java.io.IOException;
import java.io.Writer;

/**
 * FreeMarker output format for GitHub-flavoured Markdown, so that {@code ${...}} in reports/markdown.ftl
 * is escaped automatically: a file name or message from a scanned repository can neither inject
 * Markdown/HTML nor @-mention people when the report is posted as a PR comment.
 */
final class MarkdownOutputFormat extends CommonMarkupOutputFormat<MarkdownOutputFormat.Markup> {
  static final MarkdownOutputFormat INSTANCE = new MarkdownOutputFormat();

  private MarkdownOutputFormat() {}

  @Override public String getName() { return "Markdown"; }

  @Override public String getMimeType() { return "text/markdown"; }

  @Override
  public void output(String textToEsc, Writer out) throws IOException {
    out.write(escapePlainText(textToEsc));
  }

  @Override
  public String escapePlainText(String text) {
    return escape(text);
  }

  /** Escapes text for an inline Markdown context (one line, no markup, no mentions). */
  static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '<': b.append("&lt;"); break;
        case '>': b.append("&gt;"); break;
        case '&': b.append("&amp;"); break;
        case '@': b.append("&#64;"); break;
        case '\r': case '\n': case '\t': b.append(' '); break;
        // Values always sit inside a line after some prefix, so only inline syntax needs escaping;
        // '#' is escaped because GitHub turns #123 into an issue link.
        case '\\': case '`': case '*': case '_': case '[': case ']': case '#': case '|': case '~':
          b.append('\\').append(c);
          break;
        default:
          if (c < 0x20 || c == 0x7f) b.append(' ');
          else b.append(c);
      }
    }
    return b.toString();
  }

  /** A code span holding arbitrary text: backticks and line breaks cannot end it early. */
  static String codeSpan(String text) {
    String s = text.replaceAll("[\\r\\n\\t]", " ").replace('`', '\'').replace("|", "\\|");
    return "`" + s + "`";
  }

  @Override
  public boolean isLegacyBuiltInBypassed(String builtInName) { return false; }

  @Override
  protected Markup newTemplateMarkupOutputModel(String plainTextContent, String markupContent) {
    return new Markup(plainTextContent, markupContent);
  }

  /** Markdown markup held by templates. */
  static final class Markup extends CommonTemplateMarkupOutputModel<Markup> {
    Markup(String plainTextContent, String markupContent) { super(plainTextContent, markupContent); }

    @Override
    public MarkdownOutputFormat getOutputFormat() { return INSTANCE; }
  }
}
