package dev.readiness.policy.conftest;

import dev.readiness.policy.conftest.ConftestRunner.CheckResult;
import dev.readiness.policy.conftest.ConftestRunner.Result;
import dev.readiness.policy.rego.value.ArrayValue;
import dev.readiness.policy.rego.value.Json;
import dev.readiness.policy.rego.value.ObjectValue;
import dev.readiness.policy.rego.value.SetValue;
import dev.readiness.policy.rego.value.StringValue;
import dev.readiness.policy.rego.value.Value;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** conftest's output formats for check results: stdout (standard), json, table, tap, junit. */
public final class ConftestOutput {
  public static final Set<String> FORMATS = Set.of("stdout", "json", "table", "tap", "junit");

  private ConftestOutput() {}

  public static void write(String format, List<CheckResult> results, PrintWriter out) {
    write(format, results, out, false);
  }

  /** Writes in a format; {@code suppressExceptions} leaves EXCP lines out of stdout (conftest's flag). */
  public static void write(String format, List<CheckResult> results, PrintWriter out, boolean suppressExceptions) {
    switch (format) {
      case "json" -> json(results, out);
      case "table" -> table(results, out);
      case "tap" -> tap(results, out);
      case "junit" -> junit(results, out);
      default -> standard(results, out, suppressExceptions);
    }
    out.flush();
  }

  private static String indicator(CheckResult r) {
    return r.fileName().equals("-") ? "-" : "- " + r.fileName();
  }

  private static String namespace(CheckResult r) {
    return r.namespace().equals("-") ? "-" : "- " + r.namespace() + " -";
  }

  static void standard(List<CheckResult> results, PrintWriter out, boolean suppressExceptions) {
    // conftest: fmt.Println("PRNT ", "", "file:line: msg\n"), so each print line is followed by an empty line
    for (CheckResult r : results) {
      for (String p : r.prints()) {
        out.println("PRNT   " + p);
        out.println();
      }
    }
    int failures = 0;
    int warnings = 0;
    int exceptions = 0;
    int successes = 0;
    for (CheckResult r : results) {
      for (Result w : r.warnings()) out.println("WARN " + indicator(r) + " " + namespace(r) + " " + w.message());
      for (Result f : r.failures()) out.println("FAIL " + indicator(r) + " " + namespace(r) + " " + f.message());
      if (!suppressExceptions) for (Result e : r.exceptions()) out.println("EXCP " + indicator(r) + " " + namespace(r) + " " + e.message());
      failures += r.failures().size();
      warnings += r.warnings().size();
      exceptions += r.exceptions().size();
      successes += r.successes();
    }
    int tests = failures + warnings + exceptions + successes;
    out.println();
    out.println(tests + " test" + plural(tests) + ", " + successes + " passed, " + warnings + " warning" + plural(warnings)
        + ", " + failures + " failure" + plural(failures) + ", " + exceptions + " exception" + plural(exceptions));
  }

  private static String plural(int n) {
    return n == 1 ? "" : "s";
  }

  static void tap(List<CheckResult> results, PrintWriter out) {
    for (CheckResult r : results) {
      int total = r.successes() + r.failures().size() + r.warnings().size() + r.exceptions().size();
      if (total == 0) return; // as conftest: an input without tests ends the output
      String prefix = indicator(r) + " " + namespace(r) + " ";
      int n = 1;
      out.println("1.." + total);
      for (Result f : r.failures()) out.println("not ok " + n++ + " " + prefix + f.message());
      if (!r.warnings().isEmpty()) {
        out.println("# warnings");
        for (Result w : r.warnings()) out.println("not ok " + n++ + " " + prefix + w.message());
      }
      if (!r.exceptions().isEmpty()) {
        out.println("# exceptions");
        for (Result e : r.exceptions()) out.println("ok " + n++ + " " + prefix + e.message());
      }
      if (r.successes() > 0) {
        out.println("# successes");
        for (int i = 0; i < r.successes(); i++) out.println("ok " + n++ + " " + prefix + "SUCCESS");
      }
    }
  }

  static void table(List<CheckResult> results, PrintWriter out) {
    List<String[]> rows = new ArrayList<>();
    for (CheckResult r : results) {
      for (int i = 0; i < r.successes(); i++) rows.add(new String[] {"success", r.fileName(), r.namespace(), "SUCCESS"});
      for (Result e : r.exceptions()) rows.add(new String[] {"exception", r.fileName(), r.namespace(), e.message()});
      for (Result w : r.warnings()) rows.add(new String[] {"warning", r.fileName(), r.namespace(), w.message()});
      for (Result f : r.failures()) rows.add(new String[] {"failure", r.fileName(), r.namespace(), f.message()});
    }
    if (rows.isEmpty()) return;
    String[] header = {"RESULT", "FILE", "NAMESPACE", "MESSAGE"};
    int[] w = new int[4];
    for (int i = 0; i < 4; i++) w[i] = header[i].length();
    for (String[] row : rows) for (int i = 0; i < 4; i++) w[i] = Math.max(w[i], row[i].codePointCount(0, row[i].length()));
    out.println(border('┌', '┬', '┐', w));
    StringBuilder h = new StringBuilder("│");
    for (int i = 0; i < 4; i++) {
      int pad = w[i] - header[i].length();
      h.append(' ').append(" ".repeat(pad / 2)).append(header[i]).append(" ".repeat(pad - pad / 2)).append(" │");
    }
    out.println(h);
    out.println(border('├', '┼', '┤', w));
    for (String[] row : rows) {
      StringBuilder sb = new StringBuilder("│");
      for (int i = 0; i < 4; i++) {
        sb.append(' ').append(row[i]).append(" ".repeat(w[i] - row[i].codePointCount(0, row[i].length()))).append(" │");
      }
      out.println(sb);
    }
    out.println(border('└', '┴', '┘', w));
  }

  private static String border(char left, char mid, char right, int[] w) {
    StringBuilder sb = new StringBuilder().append(left);
    for (int i = 0; i < w.length; i++) {
      sb.append("─".repeat(w[i] + 2)).append(i == w.length - 1 ? right : mid);
    }
    return sb.toString();
  }

  static void junit(List<CheckResult> results, PrintWriter out) {
    Map<String, List<String[]>> byNamespace = new LinkedHashMap<>(); // name, kind, body
    for (CheckResult r : results) {
      List<String[]> tests = byNamespace.computeIfAbsent(r.namespace(), k -> new ArrayList<>());
      for (Result w : r.warnings()) tests.add(new String[] {testName(r.fileName(), w.message()), "fail", w.message()});
      for (Result f : r.failures()) tests.add(new String[] {testName(r.fileName(), f.message()), "fail", f.message()});
      for (int i = 0; i < r.successes(); i++) tests.add(new String[] {testName(r.fileName(), ""), "pass", ""});
    }
    out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    if (byNamespace.isEmpty()) {
      out.println("<testsuites></testsuites>");
      return;
    }
    out.println("<testsuites>");
    for (Map.Entry<String, List<String[]>> e : byNamespace.entrySet()) {
      String suite = "conftest." + e.getKey();
      long failed = e.getValue().stream().filter(t -> t[1].equals("fail")).count();
      out.println("\t<testsuite tests=\"" + e.getValue().size() + "\" failures=\"" + failed + "\" time=\"0.000\" name=\""
          + xml(suite) + "\">");
      out.println("\t\t<properties>");
      out.println("\t\t\t<property name=\"java.version\" value=\"" + xml(System.getProperty("java.version")) + "\"></property>");
      out.println("\t\t</properties>");
      for (String[] t : e.getValue()) {
        out.println("\t\t<testcase classname=\"" + xml(suite) + "\" name=\"" + xml(t[0]) + "\" time=\"0.000\">"
            + (t[1].equals("pass") ? "</testcase>" : ""));
        if (t[1].equals("fail")) {
          out.println("\t\t\t<failure message=\"Failed\" type=\"\">" + xml(t[2]) + "</failure>");
          out.println("\t\t</testcase>");
        }
      }
      out.println("\t</testsuite>");
    }
    out.println("</testsuites>");
  }

  private static String testName(String file, String message) {
    if (message.isEmpty()) return file;
    return file + " - " + message.split("\n", -1)[0];
  }

  private static String xml(String s) {
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&#34;");
        case '\'' -> sb.append("&#39;");
        case '\n' -> sb.append("&#xA;");
        case '\t' -> sb.append("&#x9;");
        case '\r' -> sb.append("&#xD;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** conftest's -o json: the results indented with tabs, Go's HTML-safe escaping, keys sorted inside results. */
  static void json(List<CheckResult> results, PrintWriter out) {
    StringBuilder sb = new StringBuilder();
    if (results.isEmpty()) {
      out.println("[]");
      return;
    }
    sb.append("[\n");
    for (int i = 0; i < results.size(); i++) {
      CheckResult r = results.get(i);
      sb.append("\t{\n");
      sb.append("\t\t\"filename\": ").append(str(r.fileName().equals("-") ? "" : r.fileName())).append(",\n");
      sb.append("\t\t\"namespace\": ").append(str(r.namespace())).append(",\n");
      sb.append("\t\t\"successes\": ").append(r.successes());
      list(sb, "warnings", r.warnings());
      list(sb, "failures", r.failures());
      list(sb, "exceptions", r.exceptions());
      sb.append("\n\t}").append(i + 1 < results.size() ? "," : "").append('\n');
    }
    sb.append("]");
    out.println(sb);
  }

  private static void list(StringBuilder sb, String name, List<Result> results) {
    if (results.isEmpty()) return;
    sb.append(",\n\t\t").append(str(name)).append(": [\n");
    for (int i = 0; i < results.size(); i++) {
      Result r = results.get(i);
      sb.append("\t\t\t{\n\t\t\t\t\"msg\": ").append(str(r.message()));
      if (!r.metadata().isEmpty()) {
        sb.append(",\n\t\t\t\t\"metadata\": ");
        ObjectValue.Builder meta = ObjectValue.builder();
        r.metadata().forEach(meta::put);
        value(sb, meta.build(), 4);
      }
      sb.append("\n\t\t\t}").append(i + 1 < results.size() ? "," : "").append('\n');
    }
    sb.append("\t\t]");
  }

  private static void value(StringBuilder sb, Value v, int depth) {
    String ind = "\t".repeat(depth + 1);
    if (v instanceof ObjectValue o) {
      if (o.size() == 0) {
        sb.append("{}");
        return;
      }
      sb.append("{\n");
      int i = 0;
      for (Map.Entry<Value, Value> e : o.entries().entrySet()) {
        String key = e.getKey() instanceof StringValue s ? s.value() : Json.write(e.getKey());
        sb.append(ind).append(str(key)).append(": ");
        value(sb, e.getValue(), depth + 1);
        sb.append(++i < o.size() ? ",\n" : "\n");
      }
      sb.append("\t".repeat(depth)).append('}');
    } else if (v instanceof ArrayValue || v instanceof SetValue) {
      List<Value> xs = v instanceof ArrayValue a ? a.elements() : new ArrayList<>(((SetValue) v).elements());
      if (xs.isEmpty()) {
        sb.append("[]");
        return;
      }
      sb.append("[\n");
      for (int i = 0; i < xs.size(); i++) {
        sb.append(ind);
        value(sb, xs.get(i), depth + 1);
        sb.append(i + 1 < xs.size() ? ",\n" : "\n");
      }
      sb.append("\t".repeat(depth)).append(']');
    } else if (v instanceof StringValue s) {
      sb.append(str(s.value()));
    } else {
      sb.append(Json.write(v));
    }
  }

  private static String str(String s) {
    return Json.quote(s).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
  }
}
