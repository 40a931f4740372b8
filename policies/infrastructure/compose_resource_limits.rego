# METADATA
# title: Services have resource limits
# description: >-
#   Long-running services declare a memory limit (and ideally a CPU limit) in every production
#   compose variant (the production chains, else each deployment stack and overlay; the development
#   ones when there is no other) (deploy.resources.limits or mem_limit/cpus), so one leaking or runaway service cannot starve
#   the database and everything else on the host.
# custom:
#   id: infra.compose.resource-limits
#   category: infrastructure
#   severity: medium
#   evidence:
#     - deploy.resources.limits.memory (or mem_limit) on each long-running service of the production config
#     - deploy.resources.limits.cpus (or cpus), reported when missing
#   remediation: Add deploy.resources.limits with memory and cpus to each service (readiness fix does this).
#   fixable: true
package readiness.checks.infrastructure.compose_resource_limits

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f

_judged contains svc if {
	some svc in compose.variant_services
	compose.long_running(svc)
}

_memory(svc) if svc.deploy.limits.memory != null

total := count(_judged)

passing := count([s | some s in _judged; _memory(s)])

deny contains f.service(svc, msg) if {
	some svc in _judged
	not _memory(svc)
	msg := sprintf("service %s has no memory limit", [svc.name])
}

warn contains f.service(svc, msg) if {
	some svc in _judged
	_memory(svc)
	object.get(svc.deploy.limits, "cpus", null) == null
	msg := sprintf("service %s has a memory limit but no CPU limit", [svc.name])
}

# A compose file of the deployment that does not parse: the check cannot judge the stack.
input_errors := compose.parse_errors
