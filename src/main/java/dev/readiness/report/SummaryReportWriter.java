package dev.readiness.report;

import dev.readiness.score.FixAdvice;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * The compact Markdown summary (reports/summary.ftl), for a pull-request comment or a chat message:
 * verdict, scores, the first gaps of each priority, one {@code readiness fix} command, the gate.
 * Every text taken from the scan is cut at {@value #MAX_TEXT} characters and each list at
 * {@value #MAX_ITEMS} items, which keeps a real repository's summary at a few kilobytes; and the
 * result is held under {@value #BUDGET} characters whatever the input (long IDs, text that escaping
 * multiplies): over it, the lists are shortened and the summary rendered again. GitHub refuses
 * comments over 65,536 characters, which the full report of a large repository exceeds.
 */
public final class SummaryReportWriter extends TemplateReportWriter {
  /** Items listed per gap priority (and gate reasons) before "and N more". */
  static final int MAX_ITEMS = 10;
  /** Characters kept of any text from the scan (titles, messages, paths, IDs) before an ellipsis. */
  static final int MAX_TEXT = 160;
  /** The most characters a summary may have: GitHub's comment limit with room for a caller's header. */
  static final int BUDGET = 60_000;

  public SummaryReportWriter(Templates templates) { super(templates, "summary.ftl"); }

  @Override public String format() { return "summary"; }

  @Override public String fileName() { return "readiness-summary.md"; }

  @Override
  public void write(Report report, Writer out) throws IOException {
    String text = render(report, MAX_ITEMS);
    for (int items = MAX_ITEMS / 2; text.length() > BUDGET && items >= 1; items /= 2) text = render(report, items);
    out.write(text);
  }

  private String render(Report report, int items) throws IOException {
    Map<String, Object> model = model(report);
    model.put("maxItems", items);
    model.put("code", function("code", text -> MarkdownOutputFormat.INSTANCE.fromMarkup(MarkdownOutputFormat.codeSpan(text))));
    model.put("clip", function("clip", SummaryReportWriter::clip));
    model.put("fixAll", FixAdvice.all(report.target().path()));
    List<String> reasons = report.gate().reasons();
    StringBuilder gate = new StringBuilder();
    for (int i = 0; i < Math.min(reasons.size(), items); i++) gate.append(i > 0 ? "; " : "").append(clip(reasons.get(i)));
    if (reasons.size() > items) gate.append("; and ").append(reasons.size() - items).append(" more");
    model.put("gateReasons", gate.toString());
    StringWriter s = new StringWriter();
    render(model, s);
    return s.toString();
  }

  /** The text cut to {@value #MAX_TEXT} characters (on a code-point boundary), with an ellipsis when cut. */
  static String clip(String text) {
    if (text.codePointCount(0, text.length()) <= MAX_TEXT) return text;
    return text.substring(0, text.offsetByCodePoints(0, MAX_TEXT - 1)) + "…";
  }
}
