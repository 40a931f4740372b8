# METADATA
# title: Services join declared networks
# description: >-
#   Services are attached to explicitly declared networks (for example a frontend network for the
#   proxy and a backend network for the database), so which service can reach which is a decision
#   written down rather than everything sharing the default network.
# custom:
#   id: infra.compose.networks
#   category: infrastructure
#   severity: low
#   evidence:
#     - top-level networks declared in the compose file
#     - service networks entries
#   remediation: Declare networks and attach each service to the ones it needs.
#   fixable: false
#   seed: Network configuration
package readiness.checks.infrastructure.compose_networks

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f

# Services with their own network mode (host, service:x) are outside compose networking.
_judged contains [cfg, svc] if {
	some cfg in compose.selected_configs
	some svc in cfg.services
	svc.networkMode == null
}

_declared(cfg) := {n.name | some n in cfg.networks}

_ok(cfg, svc) if {
	count(svc.networks) > 0
	every n in svc.networks {
		n in _declared(cfg)
	}
}

total := count(_judged)

passing := count([1 | some pair in _judged; _ok(pair[0], pair[1])])

deny contains f.service(svc, msg) if {
	some pair in _judged
	cfg := pair[0]
	svc := pair[1]
	not _ok(cfg, svc)
	msg := sprintf("service %s is not attached to a declared network (it uses the default network)", [svc.name])
}

# A compose file of the deployment that does not parse: the check cannot judge the stack.
input_errors := compose.parse_errors
