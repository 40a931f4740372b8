package dev.readiness.fix.remediation;

import dev.readiness.fix.FixContext;
import dev.readiness.fix.Remediation;
import dev.readiness.fix.Workspace;
import dev.readiness.fix.stack.Stack;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes nginx snippets beside the proxy config: {@code rate-limit.conf} (limit_req zone) and
 * {@code tls.conf} (HTTP→HTTPS redirect and a TLS server proxying to the app upstreams). Including
 * them in the served config and mounting certificates is left to a human (noted).
 */
public final class ProxySnippets implements Remediation {
  /** Which snippet this instance writes. */
  public enum Kind { RATE_LIMIT, TLS }

  private final Kind kind;

  public ProxySnippets(Kind kind) {
    this.kind = kind;
  }

  /** A location proxied to an upstream. */
  public record Upstream(String path, String target) {}

  @Override
  public void plan(String checkId, Stack stack, Workspace ws, FixContext ctx) {
    Stack.Proxy proxy = stack.proxies().stream().filter(p -> "nginx".equals(p.kind())).findFirst().orElse(null);
    if (proxy == null) {
      ctx.note(checkId, "no nginx config found; put rate limiting / TLS on your entry point by hand");
      return;
    }
    String dir = proxy.file().contains("/") ? proxy.file().substring(0, proxy.file().lastIndexOf('/') + 1) : "";
    java.util.Optional<String> conf = ws.read(proxy.file());
    String patched = conf.map(NginxRateLimit::patch).orElse(null);
    if (patched != null) {
      // Rate limiting goes into the served config itself; the TLS snippet below reuses its zone.
      ws.patch(proxy.file(), patched, checkId, "limit each client to 10 requests/s (burst 20) at the proxy");
      if (kind == Kind.RATE_LIMIT) return;
    } else if (conf.isPresent() && conf.get().contains("limit_req_zone") && kind == Kind.RATE_LIMIT) {
      return;
    }
    String rate = dir + "conf.d/rate-limit.conf";
    boolean zoneInConfig = ws.read(proxy.file()).map(x -> x.contains("limit_req_zone")).orElse(false);
    if (!zoneInConfig) TemplateFile.generate(ws, ctx, checkId, rate, "nginx/rate-limit.conf.ftl", Map.of(), "define a per-client request rate limit");
    if (kind == Kind.RATE_LIMIT) {
      ctx.note(checkId, "include " + rate + " in nginx's http {} block and add `limit_req zone=per_ip burst=20 nodelay;` to the proxied locations");
      return;
    }
    List<Upstream> ups = new ArrayList<>();
    for (String u : proxy.upstreams()) ups.add(new Upstream(ups.isEmpty() ? "/" : "/" + u.replaceAll("[:].*$", "") + "/", u));
    if (ups.isEmpty()) {
      for (Stack.Service s : stack.services()) {
        if (s.exposesHttp() && !s.isDatastore() && !"proxy".equals(s.role()) && s.httpPort() != null) {
          ups.add(new Upstream(ups.isEmpty() ? "/" : "/" + s.name() + "/", s.name() + ":" + s.httpPort()));
        }
      }
    }
    TemplateFile.generate(ws, ctx, checkId, dir + "conf.d/tls.conf", "nginx/tls.conf.ftl", Map.of("upstreams", ups), "redirect to HTTPS and terminate TLS at the proxy");
    ctx.note(checkId, "mount the certificate at /etc/nginx/certs (e.g. certbot), publish port 443, and review the locations in " + dir + "conf.d/tls.conf");
  }
}
