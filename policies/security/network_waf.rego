# METADATA
# title: The entry point is rate limited or behind a WAF
# description: >-
#   A WAF or rate limiting protects the public entry point against brute force, scraping and simple
#   denial of service: nginx limit_req/limit_conn, ModSecurity or Coraza, CrowdSec, traefik rateLimit
#   middleware, or application rate-limit middleware (slowapi, django-ratelimit, express-rate-limit,
#   bucket4j, resilience4j).
# custom:
#   id: security.network.waf
#   category: security
#   severity: low
#   evidence:
#     - limit_req / limit_conn in nginx, rate-limit settings in traefik/haproxy/envoy/caddy
#     - ModSecurity, Coraza or CrowdSec services or modules
#     - rate-limit middleware in the application
#   remediation: Add rate limiting at the proxy (readiness fix generates nginx limit_req zones).
#   fixable: true
#   seed: No WAF integration
package readiness.checks.security.network_waf

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f
import data.readiness.lib.repo

applicable if {
	some svc in compose.services
	svc.exposesHttp == true
}

applicable if count(repo.servers) > 0

_protected if {
	some p in input.repo.proxies
	p.rateLimit == true
}

_protected if {
	some c in input.repo.components
	c.rateLimit != null
}

_protected if {
	some svc in compose.all_services
	some key, _ in svc.labels
	regex.match(`(?i)^traefik\..*(ratelimit|inflightreq)`, key)
}

_protected if {
	some svc in compose.all_services
	compose.image_matches(svc, ["modsecurity", "coraza", "crowdsec", "bunkerweb", "safeline"])
}

deny contains f.repo("no WAF or rate limiting in front of the application") if {
	applicable
	not _protected
}
