package dev.readiness.report;

import dev.readiness.score.FixAdvice;
import java.util.List;
import java.util.Map;

/**
 * The compact Markdown summary (reports/summary.ftl), for a pull-request comment or a chat message:
 * verdict, scores, the first {@value #MAX_ITEMS} gaps of each priority, one {@code readiness fix}
 * command, the gate. Every list is capped at {@value #MAX_ITEMS} items and every text taken from the
 * scan at {@value #MAX_TEXT} characters, so the size has a bound independent of the repository
 * (a few kilobytes; GitHub refuses comments over 65,536 characters, which the full report of a large
 * repository exceeds).
 */
public final class SummaryReportWriter extends TemplateReportWriter {
  /** Items listed per gap priority (and gate reasons) before "and N more". */
  static final int MAX_ITEMS = 10;
  /** Characters kept of any text from the scan (titles, messages, paths) before an ellipsis. */
  static final int MAX_TEXT = 160;

  public SummaryReportWriter(Templates templates) { super(templates, "summary.ftl"); }

  @Override public String format() { return "summary"; }

  @Override public String fileName() { return "readiness-summary.md"; }

  @Override
  void addToModel(Map<String, Object> model) {
    Report r = ((ReportView) model.get("v")).report();
    model.put("maxItems", MAX_ITEMS);
    model.put("code", function("code", text -> MarkdownOutputFormat.INSTANCE.fromMarkup(MarkdownOutputFormat.codeSpan(text))));
    model.put("clip", function("clip", SummaryReportWriter::clip));
    model.put("fixAll", FixAdvice.all(r.target().path()));
    List<String> reasons = r.gate().reasons();
    StringBuilder gate = new StringBuilder();
    for (int i = 0; i < Math.min(reasons.size(), MAX_ITEMS); i++) gate.append(i > 0 ? "; " : "").append(clip(reasons.get(i)));
    if (reasons.size() > MAX_ITEMS) gate.append("; and ").append(reasons.size() - MAX_ITEMS).append(" more");
    model.put("gateReasons", gate.toString());
  }

  /** The text cut to {@value #MAX_TEXT} characters (on a code-point boundary), with an ellipsis when cut. */
  static String clip(String text) {
    if (text.codePointCount(0, text.length()) <= MAX_TEXT) return text;
    return text.substring(0, text.offsetByCodePoints(0, MAX_TEXT - 1)) + "…";
  }
}
