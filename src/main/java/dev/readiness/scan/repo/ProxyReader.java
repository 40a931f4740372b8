package dev.readiness.scan.repo;

import dev.readiness.model.FileKind;
import dev.readiness.discover.SourceFile;
import dev.readiness.scan.repo.RepoFacts.Line;
import dev.readiness.scan.repo.RepoFacts.Proxy;
import dev.readiness.scan.repo.RepoFacts.Upstream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reverse-proxy configurations: nginx (block-aware), Traefik static/dynamic files, Caddyfiles, HAProxy and
 * Envoy. Each yields upstreams, TLS listeners, HTTPS redirects, rate limiting, timeouts and health routes.
 */
final class ProxyReader {
  private static final Pattern HEALTH_PATH = Pattern.compile("/(?:health|healthz|healthcheck|ready|readyz|live|livez|status|ping|nginx_status)\\b");

  // nginx
  private static final Pattern NGINX_HINT = Pattern.compile("(?m)^\\s*(?:server|upstream|http|location)\\b[^;{]*\\{|^\\s*proxy_pass\\s");
  private static final Pattern NGINX_UPSTREAM = Pattern.compile("^\\s*upstream\\s+([\\w.-]+)\\s*\\{");
  private static final Pattern NGINX_SERVER_ENTRY = Pattern.compile("^\\s*server\\s+([^;\\s{]+)[^;{]*;");
  private static final Pattern NGINX_LISTEN_TLS = Pattern.compile("(?:^|[\\s{;])\\s*listen\\s+[^;]*(?:\\bssl\\b|\\b443\\b|\\bquic\\b)[^;]*;");
  private static final Pattern NGINX_REDIRECT = Pattern.compile("(?:^|[\\s{;])\\s*(?:return\\s+30[178]\\s+https://|rewrite\\s+\\S+\\s+https://\\S*\\s+(?:permanent|redirect))");
  private static final Pattern NGINX_RATE = Pattern.compile("(?:^|[\\s{;])\\s*(?:limit_req|limit_req_zone|limit_conn|limit_conn_zone)\\s");
  private static final Pattern NGINX_TIMEOUT = Pattern.compile("(?:^|[\\s{;])\\s*(?:proxy_(?:read|connect|send)_timeout|client_(?:body|header)_timeout|keepalive_timeout|send_timeout|fastcgi_read_timeout|uwsgi_read_timeout)\\s");
  private static final Pattern NGINX_LOCATION = Pattern.compile("^\\s*location\\s+(?:[=~^*]+\\s*)?([^\\s{]+)\\s*\\{");
  private static final Pattern NGINX_PROXY_PASS = Pattern.compile("(?:^|[\\s{;])\\s*(?:proxy_pass|grpc_pass|uwsgi_pass|fastcgi_pass)\\s+(?:https?://|grpc://)?([^;/\\s$]+)");

  // traefik
  private static final Pattern TRAEFIK_ENTRY_TLS = Pattern.compile("(?i)address\\s*[:=]\\s*[\"']?[^\"'\\s]*:443\\b|certResolver|certificatesResolvers|\\btls\\s*[:=]\\s*(?:true|\\{)|\\[entryPoints\\.\\w+\\.http\\.tls\\]");
  private static final Pattern TRAEFIK_REDIRECT = Pattern.compile("(?i)redirections|redirectScheme|scheme\\s*[:=]\\s*[\"']?https");
  private static final Pattern TRAEFIK_RATE = Pattern.compile("(?i)rateLimit|inFlightReq");
  private static final Pattern TRAEFIK_TIMEOUT = Pattern.compile("(?i)respondingTimeouts|forwardingTimeouts|readTimeout|idleTimeout|dialTimeout");
  private static final Pattern TRAEFIK_HEALTH = Pattern.compile("(?i)healthCheck|^\\s*ping\\s*[:=]|\\[ping\\]", Pattern.MULTILINE);
  private static final Pattern TRAEFIK_URL = Pattern.compile("url\\s*[:=]\\s*[\"']?(?:https?|h2c)://([^\"'\\s/]+)");

  // caddy
  private static final Pattern CADDY_SITE = Pattern.compile("^([^\\s#{}][^{}#]*?)\\s*\\{\\s*$");
  private static final Pattern CADDY_PROXY = Pattern.compile("^\\s*reverse_proxy\\s+(?:[@/*]\\S*\\s+)?([^{\\n#]+)");

  // haproxy
  private static final Pattern HAPROXY_BACKEND = Pattern.compile("^\\s*(?:backend|listen)\\s+(\\S+)");
  private static final Pattern HAPROXY_SERVER = Pattern.compile("^\\s*server\\s+\\S+\\s+(\\S+)");

  private final RepoFiles files;

  ProxyReader(RepoFiles files) {
    this.files = files;
  }

  List<Proxy> read(ComposeView compose) {
    List<Proxy> out = new ArrayList<>();
    Proxy labels = traefikLabels(compose);
    if (labels != null) out.add(labels);
    for (SourceFile f : files.all()) {
      String p = f.path().toLowerCase(Locale.ROOT);
      String name = RepoFiles.name(p);
      String ext = RepoFiles.ext(p);
      String kind = null;
      if (name.equals("caddyfile") || name.startsWith("caddyfile.") || ext.equals("caddyfile") || ext.equals("caddy")) kind = "caddy";
      else if (name.startsWith("haproxy") && (ext.equals("cfg") || ext.equals("conf"))) kind = "haproxy";
      else if (p.contains("traefik") && (ext.equals("yml") || ext.equals("yaml") || ext.equals("toml"))) kind = "traefik";
      else if (name.startsWith("envoy") && (ext.equals("yml") || ext.equals("yaml"))) kind = "envoy";
      else if (ext.equals("conf") || ext.equals("template") && name.contains(".conf") || p.contains("nginx") && !ext.equals("md") || p.contains("sites-available/") || p.contains("sites-enabled/")) kind = "nginx?";
      else if (f.is(FileKind.PROXY)) kind = "nginx?";
      if (kind == null) continue;
      Optional<String> text = files.read(f);
      if (text.isEmpty()) continue;
      String t = text.get();
      if (kind.equals("nginx?")) {
        if (!NGINX_HINT.matcher(t).find() || t.contains("<VirtualHost") || t.contains("[INPUT]") || t.contains("[OUTPUT]")) continue;
        out.add(nginx(f.path(), t));
      } else if (kind.equals("caddy")) {
        out.add(caddy(f.path(), t));
      } else if (kind.equals("haproxy")) {
        out.add(haproxy(f.path(), t));
      } else if (kind.equals("traefik")) {
        out.add(textual(f.path(), "traefik", t));
      } else {
        out.add(textual(f.path(), "envoy", t));
      }
    }
    return out;
  }

  /**
   * Traefik configured in compose: the traefik service's command flags and the routers/services/middlewares
   * declared as labels on the other services. Null when no service uses Traefik.
   */
  static Proxy traefikLabels(ComposeView compose) {
    ComposeView.Service traefik = null;
    List<ComposeView.Service> labelled = new ArrayList<>();
    for (ComposeView.Service s : compose.services()) {
      if (s.image() != null && s.image().toLowerCase(Locale.ROOT).matches("(?:.*/)?traefik(?::.*)?")) traefik = s;
      if (s.labels().keySet().stream().anyMatch(k -> k.startsWith("traefik."))) labelled.add(s);
    }
    if (traefik == null && labelled.isEmpty()) return null;
    ComposeView.Service anchor = traefik != null ? traefik : labelled.get(0);
    StringBuilder text = new StringBuilder(traefik != null && traefik.command() != null ? traefik.command() : "");
    List<Upstream> upstreams = new ArrayList<>();
    List<Line> tls = new ArrayList<>();
    for (ComposeView.Service s : labelled) {
      String port = null;
      for (java.util.Map.Entry<String, String> l : s.labels().entrySet()) {
        String k = l.getKey().toLowerCase(Locale.ROOT);
        String v = l.getValue() == null ? "" : l.getValue();
        text.append('\n').append(k).append('=').append(v);
        if (k.endsWith(".loadbalancer.server.port")) port = v;
        if (k.endsWith(".tls.certresolver") || k.endsWith(".tls") && v.equalsIgnoreCase("true")) tls.add(new Line(s.line()));
      }
      if (!"false".equalsIgnoreCase(s.labels().get("traefik.enable"))) {
        upstreams.add(new Upstream(s.name(), List.of(port == null ? s.name() : s.name() + ":" + port), s.line()));
      }
    }
    String t = text.toString().toLowerCase(Locale.ROOT);
    if (t.contains("certificatesresolvers") || t.matches("(?s).*address=:?443\\b.*")) tls.add(0, new Line(anchor.line()));
    boolean redirect = t.contains("redirectscheme") || t.contains("redirections");
    boolean rate = t.contains("ratelimit") || t.contains("inflightreq");
    boolean timeouts = t.contains("respondingtimeouts") || t.contains("forwardingtimeouts");
    boolean health = t.contains("healthcheck") || t.contains("--ping");
    return new Proxy(anchor.file(), "traefik", List.copyOf(upstreams), List.copyOf(tls), redirect, rate, timeouts, health, anchor.line());
  }

  static Proxy nginx(String path, String text) {
    String[] lines = RepoFiles.lines(text);
    List<Upstream> upstreams = new ArrayList<>();
    List<String> upstreamNames = new ArrayList<>();
    List<Line> tls = new ArrayList<>();
    boolean redirect = false;
    boolean rate = false;
    boolean timeouts = false;
    boolean health = false;
    String currentUpstream = null;
    List<String> servers = null;
    int upstreamLine = 0;
    int depth = 0;
    int upstreamDepth = -1;
    List<String[]> passes = new ArrayList<>();
    for (int i = 0; i < lines.length; i++) {
      String l = stripComment(lines[i]);
      Matcher um = NGINX_UPSTREAM.matcher(l);
      if (um.find()) {
        currentUpstream = um.group(1);
        servers = new ArrayList<>();
        upstreamLine = i + 1;
        upstreamDepth = depth;
      } else if (currentUpstream != null) {
        Matcher sm = NGINX_SERVER_ENTRY.matcher(l);
        if (sm.find()) servers.add(sm.group(1));
      }
      if (NGINX_LISTEN_TLS.matcher(l).find()) tls.add(new Line(i + 1));
      if (NGINX_REDIRECT.matcher(l).find()) redirect = true;
      if (NGINX_RATE.matcher(l).find()) rate = true;
      if (NGINX_TIMEOUT.matcher(l).find()) timeouts = true;
      Matcher lm = NGINX_LOCATION.matcher(l);
      if (lm.find() && HEALTH_PATH.matcher(lm.group(1)).find()) health = true;
      Matcher pm = NGINX_PROXY_PASS.matcher(l);
      if (pm.find()) passes.add(new String[] {pm.group(1), String.valueOf(i + 1)});
      for (char c : l.toCharArray()) {
        if (c == '{') depth++;
        else if (c == '}') {
          depth--;
          if (currentUpstream != null && depth == upstreamDepth) {
            upstreams.add(new Upstream(currentUpstream, List.copyOf(servers), upstreamLine));
            upstreamNames.add(currentUpstream);
            currentUpstream = null;
          }
        }
      }
    }
    for (String[] pass : passes) {
      String target = pass[0];
      if (upstreamNames.contains(target) || upstreams.stream().anyMatch(u -> u.name().equals(target))) continue;
      String host = target.contains(":") ? target.substring(0, target.indexOf(':')) : target;
      if (upstreams.stream().noneMatch(u -> u.servers().contains(target))) {
        upstreams.add(new Upstream(host, List.of(target), Integer.parseInt(pass[1])));
      }
    }
    return new Proxy(path, "nginx", List.copyOf(upstreams), List.copyOf(tls), redirect, rate, timeouts, health, 1);
  }

  private static String stripComment(String l) {
    int hash = l.indexOf('#');
    return hash < 0 ? l : l.substring(0, hash);
  }

  static Proxy caddy(String path, String text) {
    String[] lines = RepoFiles.lines(text);
    List<Upstream> upstreams = new ArrayList<>();
    List<Line> tls = new ArrayList<>();
    boolean redirect = false;
    boolean rate = false;
    boolean timeouts = false;
    boolean health = false;
    int depth = 0;
    for (int i = 0; i < lines.length; i++) {
      String l = stripComment(lines[i]);
      if (depth == 0) {
        Matcher sm = CADDY_SITE.matcher(l.strip());
        if (sm.find() && !sm.group(1).startsWith("(")) {
          for (String addr : sm.group(1).split("[,\\s]+")) {
            // a site address with a host name (or https://) gets automatic HTTPS and an HTTP→HTTPS redirect
            if (addr.startsWith("https://") || (!addr.startsWith("http://") && !addr.startsWith(":") && addr.matches("[\\w*.-]+\\.[\\w.-]+(?::\\d+)?"))
                && !addr.startsWith("localhost")) {
              tls.add(new Line(i + 1));
              redirect = true;
              break;
            }
          }
        }
      }
      Matcher pm = CADDY_PROXY.matcher(l);
      if (pm.find()) {
        List<String> targets = new ArrayList<>();
        for (String t : pm.group(1).strip().split("\\s+")) if (!t.isEmpty()) targets.add(t.replaceFirst("^https?://", ""));
        if (!targets.isEmpty()) upstreams.add(new Upstream(targets.get(0).replaceFirst(":\\d+$", ""), List.copyOf(targets), i + 1));
      }
      String s = l.strip();
      if (s.startsWith("tls ") || s.equals("tls internal")) tls.add(new Line(i + 1));
      if (s.startsWith("redir") && s.contains("https://")) redirect = true;
      if (s.startsWith("rate_limit")) rate = true;
      if (s.startsWith("timeouts") || s.matches("(?:read|write|dial|response_header)_timeout\\b.*")) timeouts = true;
      if (s.matches("health_(?:uri|path|check|interval)\\b.*") || s.matches("(?:handle|handle_path|respond|route)\\s+/(?:health|healthz|ready|ping|status)\\b.*")) health = true;
      for (char c : l.toCharArray()) {
        if (c == '{') depth++;
        else if (c == '}') depth = Math.max(0, depth - 1);
      }
    }
    return new Proxy(path, "caddy", List.copyOf(upstreams), List.copyOf(tls), redirect, rate, timeouts, health, 1);
  }

  static Proxy haproxy(String path, String text) {
    String[] lines = RepoFiles.lines(text);
    List<Upstream> upstreams = new ArrayList<>();
    List<Line> tls = new ArrayList<>();
    boolean redirect = false;
    boolean rate = false;
    boolean timeouts = false;
    boolean health = false;
    String backend = null;
    int backendLine = 0;
    List<String> servers = new ArrayList<>();
    for (int i = 0; i <= lines.length; i++) {
      String l = i < lines.length ? stripComment(lines[i]) : "frontend __end__";
      boolean section = l.matches("^\\s*(?:global|defaults|frontend|backend|listen|resolvers|peers|userlist)\\b.*");
      if (section && backend != null) {
        upstreams.add(new Upstream(backend, List.copyOf(servers), backendLine));
        backend = null;
      }
      Matcher bm = HAPROXY_BACKEND.matcher(l);
      if (bm.find()) {
        backend = bm.group(1);
        backendLine = i + 1;
        servers = new ArrayList<>();
      }
      Matcher sm = HAPROXY_SERVER.matcher(l);
      if (backend != null && sm.find()) servers.add(sm.group(1));
      if (l.matches("^\\s*bind\\s+.*\\bssl\\b.*")) tls.add(new Line(i + 1));
      if (l.matches("^\\s*(?:redirect\\s+scheme\\s+https|http-request\\s+redirect\\s+scheme\\s+https).*")) redirect = true;
      if (l.contains("http_req_rate") || l.contains("conn_rate") || l.matches("^\\s*rate-limit\\s.*")) rate = true;
      if (l.matches("^\\s*timeout\\s+\\w+.*")) timeouts = true;
      if (l.matches("^\\s*option\\s+httpchk.*") || l.contains("monitor-uri")) health = true;
    }
    return new Proxy(path, "haproxy", List.copyOf(upstreams), List.copyOf(tls), redirect, rate, timeouts, health, 1);
  }

  /** Traefik and Envoy files, judged by key names (they come as YAML or TOML). */
  static Proxy textual(String path, String kind, String text) {
    String[] lines = RepoFiles.lines(text);
    List<Upstream> upstreams = new ArrayList<>();
    List<Line> tls = new ArrayList<>();
    boolean redirect = false;
    boolean rate = false;
    boolean timeouts = false;
    boolean health = false;
    for (int i = 0; i < lines.length; i++) {
      String l = stripComment(lines[i]);
      if (kind.equals("traefik") ? TRAEFIK_ENTRY_TLS.matcher(l).find() : l.contains("DownstreamTlsContext")) tls.add(new Line(i + 1));
      if (TRAEFIK_REDIRECT.matcher(l).find() || l.contains("https_redirect")) redirect = true;
      if (TRAEFIK_RATE.matcher(l).find() || l.contains("ratelimit") || l.contains("rate_limit")) rate = true;
      if (TRAEFIK_TIMEOUT.matcher(l).find() || l.matches("^\\s*(?:connect_)?timeout\\s*:.*")) timeouts = true;
      if (TRAEFIK_HEALTH.matcher(l).find() || l.contains("health_check")) health = true;
      Matcher um = TRAEFIK_URL.matcher(l);
      if (um.find()) upstreams.add(new Upstream(um.group(1).replaceFirst(":\\d+$", ""), List.of(um.group(1)), i + 1));
      Matcher am = Pattern.compile("address:\\s*([\\w.-]+)\\s*$").matcher(l);
      if (kind.equals("envoy") && am.find() && i + 1 < lines.length && lines[i + 1].contains("port_value")) {
        String port = lines[i + 1].replaceAll("[^0-9]", "");
        upstreams.add(new Upstream(am.group(1), List.of(am.group(1) + ":" + port), i + 1));
      }
    }
    return new Proxy(path, kind, List.copyOf(upstreams), List.copyOf(tls), redirect, rate, timeouts, health, 1);
  }
}
