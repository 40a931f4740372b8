# METADATA
# title: A reverse proxy fronts the application
# description: >-
#   A reverse proxy (nginx, traefik, caddy, haproxy, envoy) sits in front of the application
#   services to terminate TLS, serve static files, buffer slow clients and apply timeouts. The check
#   warns when the proxy has no TLS listener, or neither timeouts nor a health route are configured.
# custom:
#   id: infra.proxy
#   category: infrastructure
#   severity: medium
#   evidence:
#     - a compose service whose role is proxy (nginx, traefik, caddy, haproxy, envoy images)
#     - proxy configuration files (nginx.conf, traefik.yml, Caddyfile, haproxy.cfg, envoy.yaml)
#     - traefik labels on services
#   remediation: Put a reverse proxy with TLS and timeouts in front of the app.
#   fixable: false
#   seed: Nginx proxy (partial)
package readiness.checks.infrastructure.proxy

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f
import data.readiness.lib.repo

_http_apps contains svc if {
	some svc in compose.services
	svc.exposesHttp == true
	svc.role != "proxy"
}

# App services serve requests even when only the proxy publishes a port.
_http_apps contains svc if {
	some svc in compose.services
	svc.role == "app"
}

_http_apps contains c if {
	not compose.present
	some c in repo.servers
}

default applicable := false

applicable if count(_http_apps) > 0

_proxy_services contains svc if {
	some svc in compose.services
	svc.role == "proxy"
}

_traefik_labels if {
	some svc in compose.services
	some key, _ in svc.labels
	startswith(key, "traefik.")
}

_has_proxy if count(_proxy_services) > 0

_has_proxy if count(input.repo.proxies) > 0

_has_proxy if _traefik_labels

_tls if {
	some p in input.repo.proxies
	count(p.tlsListeners) > 0
}

_tls if {
	some svc in compose.services
	some key, _ in svc.labels
	regex.match(`^traefik\..*(certresolver|\.tls)`, key)
}

_tls if {
	some p in input.repo.proxies
	p.kind == "caddy"
}

_resilience if {
	some p in input.repo.proxies
	p.timeouts == true
}

_resilience if {
	some p in input.repo.proxies
	p.healthRoute == true
}

_resilience if {
	some svc in _proxy_services
	svc.healthcheck != null
}

_where := [p.file, p.line] if {
	count(input.repo.proxies) > 0
	p := input.repo.proxies[0]
}

_where := [s.file, s.line] if {
	count(input.repo.proxies) == 0
	s := sort([[x.file, x.line, x.name] | some x in _proxy_services])[0]
}

_where := [null, null] if {
	count(input.repo.proxies) == 0
	count(_proxy_services) == 0
}

deny contains f.repo("no reverse proxy in front of the application services (nginx, traefik, caddy, haproxy, envoy)") if {
	applicable
	not _has_proxy
}

warn contains f.at(_where[0], _where[1], "proxy", "the reverse proxy has no TLS listener (no listen 443 ssl, certresolver or auto-TLS)") if {
	applicable
	_has_proxy
	not _tls
}

warn contains f.at(_where[0], _where[1], "proxy", "the reverse proxy configures neither timeouts nor a health route") if {
	applicable
	_has_proxy
	not _resilience
}

# A compose file of the deployment that does not parse: the check cannot judge the stack.
input_errors := compose.parse_errors
