# METADATA
# title: HTTP apps expose a health endpoint
# description: >-
#   Each HTTP server component exposes a health endpoint (/health, /healthz, /ready, /livez,
#   /actuator/health, /status, ...) that load balancers, orchestrators and deploy scripts can probe.
# custom:
#   id: monitoring.healthcheck.endpoint
#   category: monitoring
#   severity: medium
#   evidence:
#     - a health route in the server's code (FastAPI/Flask/Django/Express/Nest/Go/Rails handlers)
#     - Spring Boot Actuator (/actuator/health)
#     - an HTTP healthcheck probing the service in compose or the Dockerfile
#   remediation: Add a framework-appropriate /health route.
#   fixable: false
#   seed: Basic health checks
package readiness.checks.monitoring.healthcheck_endpoint

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f
import data.readiness.lib.repo

_http_probe(c) if {
	df := repo.dockerfile_by_file[c.dockerfile]
	hc := df.stages[df.finalStage].healthcheck
	regex.match(`(?i)(https?://|/health|/ready|/live)`, hc.test)
}

_http_probe(c) if {
	some svc in compose.all_services_by_context[c.dir]
	svc.healthcheck != null
	regex.match(`(?i)(https?://|/health|/ready|/live)`, concat(" ", svc.healthcheck.test))
}

_ok(c) if count(c.healthRoutes) > 0

_ok(c) if _http_probe(c)

total := count(repo.servers)

passing := count([c | some c in repo.servers; _ok(c)])

deny contains f.at(c.manifest, null, sprintf("component:%s", [c.dir]), msg) if {
	some c in repo.servers
	not _ok(c)
	msg := sprintf("server component %s exposes no health endpoint", [c.dir])
}
