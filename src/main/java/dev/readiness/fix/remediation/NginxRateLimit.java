package dev.readiness.fix.remediation;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds request rate limiting to an nginx config in place: a {@code limit_req_zone} at the top of the
 * {@code http} block (or of the file, for conf.d snippets that nginx includes inside http) and a
 * {@code limit_req} as the first directive of every {@code location} (or {@code server} without
 * locations), indented like the block's other directives.
 */
final class NginxRateLimit {
  static final String ZONE = "limit_req_zone $binary_remote_addr zone=per_ip:10m rate=10r/s;";
  static final String APPLY = "limit_req zone=per_ip burst=20 nodelay;";
  private static final Pattern HTTP = Pattern.compile("^(\\s*)http\\s*\\{\\s*(#.*)?$");
  private static final Pattern LOCATION = Pattern.compile("^(\\s*)location\\b[^{;]*\\{\\s*(#.*)?$");
  private static final Pattern SERVER = Pattern.compile("^(\\s*)server\\s*\\{\\s*(#.*)?$");

  private NginxRateLimit() {}

  /** The patched text, or null when the config already limits requests or has no block to limit. */
  static String patch(String text) {
    if (text.contains("limit_req")) return null;
    TextLines t = new TextLines(text);
    boolean anyLocation = false;
    int httpLine = -1;
    for (int i = 0; i < t.size(); i++) {
      if (HTTP.matcher(t.get(i)).matches() && httpLine < 0) httpLine = i;
      if (LOCATION.matcher(t.get(i)).matches()) anyLocation = true;
    }
    int unit = unit(t);
    for (int i = t.size() - 1; i >= 0; i--) {
      Matcher m = (anyLocation ? LOCATION : SERVER).matcher(t.get(i));
      if (m.matches()) t.insert(i + 1, List.of(bodyIndent(t, i, m.group(1), unit) + APPLY));
    }
    if (httpLine >= 0) {
      Matcher m = HTTP.matcher(t.get(httpLine));
      m.matches();
      String ind = bodyIndent(t, httpLine, m.group(1), unit);
      t.insert(httpLine + 1, List.of(ind + "# Per-client request rate limit (added by readiness fix, security.network.waf)", ind + ZONE, ind + "limit_req_status 429;"));
    } else {
      t.insert(0, List.of("# Per-client request rate limit (added by readiness fix, security.network.waf)", ZONE, "limit_req_status 429;"));
    }
    String out = t.toString();
    return out.equals(text) ? null : out;
  }

  /** The indentation of the first directive inside the block opened at line i. */
  private static String bodyIndent(TextLines t, int i, String blockIndent, int unit) {
    for (int j = i + 1; j < t.size(); j++) {
      String l = t.get(j);
      if (l.isBlank()) continue;
      String ind = l.replaceAll("^(\\s*).*$", "$1");
      if (ind.length() > blockIndent.length()) return ind;
      break;
    }
    return blockIndent + " ".repeat(unit);
  }

  private static int unit(TextLines t) {
    for (int i = 0; i < t.size(); i++) {
      String l = t.get(i);
      if (!l.isBlank() && l.startsWith(" ")) {
        int n = l.length() - l.stripLeading().length();
        if (n > 0) return n;
      }
    }
    return 4;
  }
}
