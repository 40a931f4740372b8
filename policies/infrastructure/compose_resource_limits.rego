# METADATA
# title: Services have resource limits
# description: >-
#   Long-running services declare a memory limit (and ideally a CPU limit) in every production
#   compose variant (the production chains, else each deployment stack and overlay; the development
#   ones when there is no other) with deploy.resources.limits or mem_limit/cpus, so one leaking or
#   runaway service cannot starve the database and everything else on the host. A limit of 0 is
#   unlimited and does not count.
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

# A limit of 0 means unlimited (a ${MEMORY:-0} default leaves the service unbounded).
_memory(svc) if {
	is_string(svc.deploy.limits.memory)
	not regex.match(`^\s*0+(\.0+)?\s*[a-zA-Z]*\s*$`, svc.deploy.limits.memory)
}

total := count(_judged)

passing := count([s | some s in _judged; _memory(s)])

_cpus(svc) if {
	cpus := object.get(svc.deploy.limits, "cpus", null)
	cpus != null
	not regex.match(`^\s*0+(\.0+)?\s*$`, sprintf("%v", [cpus]))
}

deny contains f.service(svc, msg) if {
	some svc in _judged
	not _memory(svc)
	msg := sprintf("service %s has no memory limit (none, or 0 which is unlimited)", [svc.name])
}

warn contains f.service(svc, msg) if {
	some svc in _judged
	_memory(svc)
	not _cpus(svc)
	msg := sprintf("service %s has a memory limit but no CPU limit", [svc.name])
}

# A compose file of the deployment that does not parse: the check cannot judge the stack.
input_errors := compose.parse_errors
