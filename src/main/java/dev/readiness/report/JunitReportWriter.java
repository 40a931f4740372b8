package dev.readiness.report;

import dev.readiness.check.Finding;
import java.io.IOException;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML, so CI systems show checks as tests: one testcase per check (classname = category),
 * a failure for fail, an error for a policy error, skipped for n/a and suppressed; partial checks pass
 * with their findings in system-out. With a baseline, a failing check with nothing new is skipped (reason:
 * baselined) and baselined findings of the other checks are listed apart in the details.
 */
public final class JunitReportWriter implements ReportWriter {
  @Override public String format() { return "junit"; }

  @Override public String fileName() { return "readiness-junit.xml"; }

  @Override
  public void write(Report report, Writer out) throws IOException {
    try {
      XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
      ReportView.Counts n = ReportView.of(report).counts();
      int held = 0;
      for (Report.Check c : report.checks()) {
        if (c.status().equals("fail") && c.allBaselined()) held++;
      }
      String failures = Integer.toString(n.fail() - held);
      String skipped = Integer.toString(n.na() + n.suppressed() + held);
      x.writeStartDocument("UTF-8", "1.0");
      x.writeCharacters("\n");
      x.writeStartElement("testsuites");
      x.writeAttribute("name", "readiness");
      x.writeAttribute("tests", Integer.toString(n.total()));
      x.writeAttribute("failures", failures);
      x.writeAttribute("errors", Integer.toString(n.error()));
      x.writeAttribute("skipped", skipped);
      x.writeAttribute("time", seconds(report.durationMs()));
      x.writeCharacters("\n  ");
      x.writeStartElement("testsuite");
      x.writeAttribute("name", "readiness: " + clean(report.target().name() == null ? report.target().path() : report.target().name()));
      x.writeAttribute("tests", Integer.toString(n.total()));
      x.writeAttribute("failures", failures);
      x.writeAttribute("errors", Integer.toString(n.error()));
      x.writeAttribute("skipped", skipped);
      x.writeAttribute("time", seconds(report.durationMs()));
      x.writeAttribute("timestamp", report.scannedAt());
      for (Report.Check c : report.checks()) testcase(x, c);
      x.writeCharacters("\n  ");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndElement();
      x.writeCharacters("\n");
      x.writeEndDocument();
      x.flush();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write JUnit XML: " + e.getMessage(), e);
    }
  }

  private static void testcase(XMLStreamWriter x, Report.Check c) throws XMLStreamException {
    x.writeCharacters("\n    ");
    x.writeStartElement("testcase");
    x.writeAttribute("classname", "readiness." + clean(c.category()));
    x.writeAttribute("name", clean(c.id() + ": " + c.title()));
    x.writeAttribute("time", "0");
    switch (c.status()) {
      case "fail":
        if (c.allBaselined()) {
          x.writeEmptyElement("skipped");
          x.writeAttribute("message", "baselined: " + Math.max(1, c.baselinedFindings().size())
              + " finding(s) already in the baseline (not gating)");
          break;
        }
        x.writeStartElement("failure");
        x.writeAttribute("type", c.severity());
        x.writeAttribute("message", clean(c.title() + " (" + c.severity() + ")"));
        x.writeCharacters(clean(details(c)));
        x.writeEndElement();
        break;
      case "error":
        x.writeStartElement("error");
        x.writeAttribute("message", clean(c.error() == null ? "policy error" : c.error()));
        x.writeEndElement();
        break;
      case "n/a":
        x.writeEmptyElement("skipped");
        x.writeAttribute("message", "not applicable");
        break;
      case "suppressed":
        x.writeEmptyElement("skipped");
        x.writeAttribute("message", clean("suppressed: " + (c.suppression() == null ? "" : c.suppression().reason())));
        break;
      case "warn":
        x.writeStartElement("system-out");
        x.writeCharacters(clean("partial (" + (c.score() == null ? "" : c.score() + "/10") + ")\n" + details(c)));
        x.writeEndElement();
        break;
      default:
        break;
    }
    x.writeEndElement();
  }

  private static String details(Report.Check c) {
    StringBuilder b = new StringBuilder();
    for (Finding f : c.findings()) {
      String loc = ReportView.location(f);
      b.append(loc == null ? "" : loc + ": ").append(f.message());
      if (f.resource() != null) b.append(" [").append(f.resource()).append(']');
      b.append('\n');
    }
    for (Finding f : c.baselinedFindings()) {
      String loc = ReportView.location(f);
      b.append("baselined (not gating): ").append(loc == null ? "" : loc + ": ").append(f.message()).append('\n');
    }
    if (c.remediation().summary() != null) b.append("Fix: ").append(c.remediation().summary()).append('\n');
    return b.toString();
  }

  /** Drops characters XML 1.0 cannot hold (control characters from hostile file names or messages). */
  static String clean(String s) {
    if (s == null) return "";
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(cp -> {
      boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
          || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
      b.appendCodePoint(ok ? cp : '?');
    });
    return b.toString();
  }

  private static String seconds(long ms) {
    return java.math.BigDecimal.valueOf(ms).movePointLeft(3).toPlainString();
  }
}
