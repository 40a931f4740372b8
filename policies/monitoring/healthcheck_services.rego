# METADATA
# title: Every service has a healthcheck
# description: >-
#   Every long-running service has a healthcheck, in compose or as a HEALTHCHECK in the image it is
#   built from, so Docker knows when a service is actually ready or has hung, depends_on can wait for
#   it, and deploy scripts can verify it.
# custom:
#   id: monitoring.healthcheck.services
#   category: monitoring
#   severity: high
#   evidence:
#     - compose healthcheck (not disabled) on each long-running service of the production config
#     - HEALTHCHECK in the final stage of the Dockerfile the service is built from
#   remediation: Add image-appropriate healthchecks (pg_isready, redis-cli ping, an HTTP /health probe); readiness fix does this.
#   fixable: true
#   seed: Missing health check automation
package readiness.checks.monitoring.healthcheck_services

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f
import data.readiness.lib.repo

_judged contains svc if {
	some svc in compose.services
	compose.long_running(svc)
}

_checked(svc) if {
	svc.healthcheck != null
	svc.healthcheck.disabled != true
}

_checked(svc) if {
	svc.healthcheck == null
	df := repo.dockerfile_by_file[svc.build.dockerfile]
	hc := df.stages[df.finalStage].healthcheck
	hc != null
	hc.none != true
}

total := count(_judged)

passing := count([s | some s in _judged; _checked(s)])

deny contains f.service(svc, msg) if {
	some svc in _judged
	not _checked(svc)
	msg := sprintf("service %s has no healthcheck", [svc.name])
}
