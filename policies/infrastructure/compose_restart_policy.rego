# METADATA
# title: Services restart on failure
# description: >-
#   Long-running services have a restart policy (restart: always / unless-stopped / on-failure, or
#   deploy.restart_policy) in every production compose variant (the production chains, else each
#   deployment stack and overlay; the development ones when there is no other), so a crash or a host reboot does not
#   leave the application down until someone notices. In a Swarm stack services restart by default.
# custom:
#   id: infra.compose.restart-policy
#   category: infrastructure
#   severity: medium
#   evidence:
#     - restart other than "no" on each long-running service of the production config (the default config when there is none)
#     - deploy.restart_policy.condition other than none
#     - a Swarm stack (docker stack deploy restarts services unless restart_policy is none)
#   remediation: Add restart unless-stopped to long-running services (readiness fix does this).
#   fixable: true
package readiness.checks.infrastructure.compose_restart_policy

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f

_judged contains svc if {
	some cfg in compose.judged_configs
	some svc in cfg.services
	compose.long_running(svc)
}

# In a Swarm stack every service restarts by default (restart_policy condition: any).
_swarm_services contains svc if {
	some cfg in compose.judged_configs
	compose.swarm(cfg)
	some svc in cfg.services
}

_restarts(svc) if {
	svc in _swarm_services
	not svc.deploy.restartPolicy == "none"
}

_restarts(svc) if {
	svc.restart != null
	svc.restart != "no"
}

_restarts(svc) if {
	svc.deploy.restartPolicy != null
	svc.deploy.restartPolicy != "none"
}

total := count(_judged)

passing := count([s | some s in _judged; _restarts(s)])

deny contains f.service(svc, msg) if {
	some svc in _judged
	not _restarts(svc)
	msg := sprintf("service %s has no restart policy: it stays down after a crash or reboot", [svc.name])
}

# A compose file of the deployment that does not parse: the check cannot judge the stack.
input_errors := compose.parse_errors
