# METADATA
# title: HTTP apps expose a health endpoint
# description: >-
#   Each HTTP server component exposes a health endpoint (/health, /healthz, /ready, /livez, /up,
#   /actuator/health, /status, ...) that load balancers, orchestrators and deploy scripts can probe.
#   A container healthcheck that only fetches the root page is not a health endpoint (warn): it
#   proves the web server answers, not that the application and its dependencies work.
# custom:
#   id: monitoring.healthcheck.endpoint
#   category: monitoring
#   severity: medium
#   evidence:
#     - a health route in the server's code (FastAPI/Flask/Django/Express/Nest/Go/Rails handlers)
#     - Spring Boot Actuator (/actuator/health)
#     - an HTTP healthcheck probing a health path of the service in compose or the Dockerfile
#   remediation: Add a framework-appropriate /health route.
#   fixable: false
#   seed: Basic health checks
package readiness.checks.monitoring.healthcheck_endpoint

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f
import data.readiness.lib.repo

_health_path := `(?i)/(health\w*|healthz|ready\w*|live\w*|ping|up|status)\b`

_http := `(?i)(https?://|\b(curl|wget)\b)`

# The healthcheck commands that probe a component: its Dockerfile's and its compose services'.
_probes(c) := _dockerfile_probes(c) | {concat(" ", svc.healthcheck.test) |
	some svc in compose.all_services_by_context[c.dir]
	svc.healthcheck != null
}

_dockerfile_probes(c) := {hc.test |
	df := repo.dockerfile_by_file[c.dockerfile]
	hc := df.stages[df.finalStage].healthcheck
	hc != null
}

_http_probe(c) if {
	some test in _probes(c)
	regex.match(_health_path, test)
}

_root_probe(c) if {
	some test in _probes(c)
	regex.match(_http, test)
	not regex.match(_health_path, test)
}

_ok(c) if count(c.healthRoutes) > 0

_ok(c) if _http_probe(c)

total := count(repo.servers)

passing := count([c | some c in repo.servers; _ok(c)])

deny contains f.at(c.manifest, null, sprintf("component:%s", [c.dir]), msg) if {
	some c in repo.servers
	not _ok(c)
	not _root_probe(c)
	msg := sprintf("server component %s exposes no health endpoint", [c.dir])
}

warn contains f.at(file, null, sprintf("component:%s", [c.dir]), msg) if {
	some c in repo.servers
	not _ok(c)
	_root_probe(c)
	file := object.get({"x": c.dockerfile}, "x", c.manifest)
	msg := sprintf("server component %s has no health route; its healthcheck only fetches a page", [c.dir])
}
