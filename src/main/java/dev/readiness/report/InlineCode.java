package dev.readiness.report;

import freemarker.core.HTMLOutputFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Check texts from METADATA (descriptions, remediations) are written in Markdown and quote names in
 * backticks: {@code `restart: unless-stopped`}. The reports keep that one piece of markup, a code span,
 * and escape everything else for their format.
 */
final class InlineCode {
  private static final Pattern SPAN = Pattern.compile("`([^`\\r\\n]+)`");

  private InlineCode() {}

  /** HTML: the text escaped, each code span as {@code <code>}. */
  static String html(String text) {
    return SPAN.matcher(HTMLOutputFormat.INSTANCE.escapePlainText(text)).replaceAll("<code>$1</code>");
  }

  /** Markdown: the text escaped for an inline context, each code span kept as one. */
  static String markdown(String text) {
    StringBuilder out = new StringBuilder();
    Matcher m = SPAN.matcher(text);
    int at = 0;
    while (m.find()) {
      out.append(MarkdownOutputFormat.escape(text.substring(at, m.start())));
      out.append(MarkdownOutputFormat.codeSpan(m.group(1)));
      at = m.end();
    }
    return out.append(MarkdownOutputFormat.escape(text.substring(at))).toString();
  }
}
