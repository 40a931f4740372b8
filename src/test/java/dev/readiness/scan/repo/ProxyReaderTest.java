package dev.readiness.scan.repo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.readiness.scan.repo.RepoFacts.Proxy;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProxyReaderTest {

  @Test
  void nginxFullConfig() {
    Proxy p = ProxyReader.nginx("nginx.conf", String.join("\n",
        "http {",
        "  limit_req_zone $binary_remote_addr zone=api:10m rate=10r/s;",
        "  upstream app {",
        "    server app1:8000 max_fails=3;",
        "    server app2:8000;",
        "  }",
        "  server {",
        "    listen 80;",
        "    return 301 https://$host$request_uri;",
        "  }",
        "  server {",
        "    listen 443 ssl http2;  # TLS",
        "    location /healthz { return 200; }",
        "    location /api/ { limit_req zone=api; proxy_read_timeout 30s; proxy_pass http://app; }",
        "    location /static/ { proxy_pass http://assets:9000/; }",
        "  }",
        "}"));
    assertEquals(List.of("app", "assets"), p.upstreams().stream().map(RepoFacts.Upstream::name).toList());
    assertEquals(List.of("app1:8000", "app2:8000"), p.upstreams().get(0).servers());
    assertEquals(3, p.upstreams().get(0).line());
    assertEquals(15, p.upstreams().get(1).line());
    assertEquals(12, p.tlsListeners().get(0).line());
    assertTrue(p.httpsRedirect());
    assertTrue(p.rateLimit());
    assertTrue(p.timeouts());
    assertTrue(p.healthRoute());
  }

  @Test
  void nginxCommentsDoNotCount() {
    Proxy p = ProxyReader.nginx("default.conf", "server {\n  listen 80;\n  # listen 443 ssl;\n  # return 301 https://x;\n}\n");
    assertTrue(p.tlsListeners().isEmpty());
    assertFalse(p.httpsRedirect());
  }

  @Test
  void traefikStaticConfig() {
    Proxy p = ProxyReader.textual("traefik/traefik.yml", "traefik", String.join("\n",
        "entryPoints:",
        "  web:",
        "    address: \":80\"",
        "    http:",
        "      redirections:",
        "        entryPoint: { to: websecure, scheme: https }",
        "  websecure:",
        "    address: \":443\"",
        "certificatesResolvers:",
        "  le:",
        "    acme: { email: ops@example.com }",
        "http:",
        "  middlewares:",
        "    limit:",
        "      rateLimit: { average: 100 }",
        "  services:",
        "    api:",
        "      loadBalancer:",
        "        servers:",
        "          - url: http://api:8080",
        "ping: {}"));
    assertEquals(List.of(8, 9), p.tlsListeners().stream().map(RepoFacts.Line::line).toList());
    assertTrue(p.httpsRedirect());
    assertTrue(p.rateLimit());
    assertTrue(p.healthRoute());
    assertEquals("api", p.upstreams().get(0).name());
    assertEquals(20, p.upstreams().get(0).line());
  }

  @Test
  void caddySitesGetAutomaticTls() {
    Proxy p = ProxyReader.caddy("Caddyfile", String.join("\n",
        "{",
        "  email ops@example.com",
        "}",
        "example.com, www.example.com {",
        "  rate_limit { zone api { key {remote_host} events 10 window 1s } }",
        "  reverse_proxy /api/* backend:8000 backend2:8000 {",
        "    health_uri /health",
        "  }",
        "}",
        ":8080 {",
        "  reverse_proxy frontend:3000",
        "}"));
    assertEquals(4, p.tlsListeners().get(0).line());
    assertEquals(1, p.tlsListeners().size(), ":8080 is plain HTTP");
    assertTrue(p.httpsRedirect());
    assertTrue(p.rateLimit());
    assertTrue(p.healthRoute());
    assertEquals(List.of("backend:8000", "backend2:8000"), p.upstreams().get(0).servers());
    assertEquals("frontend", p.upstreams().get(1).name());
  }

  @Test
  void haproxyBackends() {
    Proxy p = ProxyReader.haproxy("haproxy.cfg", String.join("\n",
        "defaults",
        "  timeout client 30s",
        "frontend fe",
        "  bind *:443 ssl crt /etc/ssl/site.pem",
        "  http-request redirect scheme https unless { ssl_fc }",
        "  stick-table type ip size 100k expire 30s store http_req_rate(10s)",
        "  default_backend be",
        "backend be",
        "  option httpchk GET /health",
        "  server a 10.0.0.1:80 check",
        "  server b 10.0.0.2:80 check"));
    assertEquals("be", p.upstreams().get(0).name());
    assertEquals(List.of("10.0.0.1:80", "10.0.0.2:80"), p.upstreams().get(0).servers());
    assertEquals(4, p.tlsListeners().get(0).line());
    assertTrue(p.httpsRedirect() && p.rateLimit() && p.timeouts() && p.healthRoute());
  }

  @Test
  void traefikFromComposeLabels() {
    ComposeView compose = new ComposeView(List.of(
        new ComposeView.Service("proxy", "compose.yaml", 2, "traefik:v3.1", null, null, false,
            "--entrypoints.websecure.address=:443 --certificatesresolvers.le.acme.tlschallenge=true", List.of(), java.util.Map.of()),
        new ComposeView.Service("api", "compose.yaml", 9, null, "api", "api/Dockerfile", true, null, List.of(), java.util.Map.of(
            "traefik.enable", "true",
            "traefik.http.routers.api.tls.certresolver", "le",
            "traefik.http.services.api.loadbalancer.server.port", "8000",
            "traefik.http.middlewares.api-rl.ratelimit.average", "50"))), List.of());
    Proxy p = ProxyReader.traefikLabels(compose);
    assertEquals("traefik", p.kind());
    assertEquals("compose.yaml", p.file());
    assertEquals(List.of("api:8000"), p.upstreams().get(0).servers());
    assertEquals(List.of(2, 9), p.tlsListeners().stream().map(RepoFacts.Line::line).toList());
    assertTrue(p.rateLimit());
    assertFalse(p.httpsRedirect());
    assertEquals(null, ProxyReader.traefikLabels(ComposeView.empty()));
  }
}
