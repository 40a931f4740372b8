# METADATA
# title: HTTPS is enforced
# description: >-
#   Traffic to the application is encrypted: TLS terminates at the proxy (nginx `listen 443 ssl`,
#   a traefik certresolver, Caddy's automatic HTTPS) or at a platform that provides it, and/or HTTP is
#   redirected to HTTPS (nginx `return 301 https://`, HTTPSRedirectMiddleware, SECURE_SSL_REDIRECT,
#   Spring requiresSecure, express-sslify/helmet HSTS).
# custom:
#   id: security.network.tls
#   category: security
#   severity: medium
#   evidence:
#     - TLS listeners or an HTTPS redirect in proxy configuration
#     - traefik TLS/certresolver labels, Caddy (automatic HTTPS)
#     - HTTPS redirect middleware or settings in the application
#     - PaaS targets that terminate TLS (fly.io, Render, Heroku, App Engine, Vercel, Netlify)
#   remediation: Terminate TLS at the proxy and redirect HTTP to HTTPS (readiness fix generates the proxy TLS config).
#   fixable: true
#   seed: HTTPS redirect available
package readiness.checks.security.network_tls

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f
import data.readiness.lib.repo

applicable if {
	some svc in compose.services
	svc.exposesHttp == true
}

applicable if count(repo.servers) > 0

applicable if count(input.repo.proxies) > 0

_tls if {
	some p in input.repo.proxies
	count(p.tlsListeners) > 0
}

_tls if {
	some p in input.repo.proxies
	p.httpsRedirect == true
}

_tls if {
	some p in input.repo.proxies
	p.kind == "caddy"
}

_tls if {
	some svc in compose.services
	some key, _ in svc.labels
	regex.match(`^traefik\..*(certresolver|\.tls|redirectscheme)`, key)
}

_tls if {
	some c in input.repo.components
	c.httpsRedirect != null
}

_tls if {
	some t in input.repo.deployTargets
	t.kind == "paas"
}

deny contains f.repo("HTTPS is not enforced: no TLS listener at a proxy and no HTTPS redirect in the application") if {
	applicable
	not _tls
}
