# METADATA
# title: Dependencies wait for healthy services
# description: >-
#   A depends_on entry on a database, cache, queue or application service uses
#   `condition: service_healthy` (or `service_completed_successfully` for one-off jobs), so a
#   service starts only once what it needs accepts connections, not merely once its container exists.
# custom:
#   id: infra.compose.healthy-startup
#   category: infrastructure
#   severity: low
#   evidence:
#     - depends_on with condition service_healthy on stateful and app services
#     - condition service_completed_successfully on job services (migrations)
#   remediation: Give the dependency a healthcheck and use condition service_healthy (readiness fix patches depends_on).
#   fixable: true
package readiness.checks.infrastructure.compose_healthy_startup

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f

_by_name(cfg, name) := s if {
	some s in cfg.services
	s.name == name
}

# depends_on edges whose target's readiness matters: stateful, app and job services.
_edges contains {"svc": svc, "dep": dep, "target": target} if {
	some cfg in compose.selected_configs
	some svc in cfg.services
	some dep in svc.dependsOn
	target := _by_name(cfg, dep.service)
	_matters(target)
}

_matters(target) if compose.stateful(target)

_matters(target) if compose.app(target)

_matters(target) if target.role == "job"

_good(e) if e.dep.condition == "service_healthy"

_good(e) if {
	e.target.role == "job"
	e.dep.condition == "service_completed_successfully"
}

total := count(_edges)

passing := count([e | some e in _edges; _good(e)])

deny contains f.at(e.svc.file, e.dep.line, sprintf("service:%s", [e.svc.name]), msg) if {
	some e in _edges
	not _good(e)
	msg := sprintf("service %s depends on %s without condition: service_healthy (it may start before %s accepts connections)", [e.svc.name, e.target.name, e.target.name])
}

# A compose file of the deployment that does not parse: the check cannot judge the stack.
input_errors := compose.parse_errors
