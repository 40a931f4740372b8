# METADATA
# title: Datastores are not published on host ports
# description: >-
#   Databases, caches and queues are not published on host ports in any deployment compose variant
#   (the development ones when the repository has no other), or are bound to 127.0.0.1. A published
#   port makes the datastore reachable from the network (and Docker's port publishing bypasses host
#   firewalls such as ufw). Test/CI harnesses and dev containers are not deployed and are not judged.
# custom:
#   id: security.network.exposed-datastores
#   category: security
#   severity: high
#   evidence:
#     - ports of stateful services in the production config (the default config when there is none)
#     - host_ip 127.0.0.1 / ::1 on those ports
#   remediation: Remove the ports of datastores in the production override (readiness fix does this) or bind them to 127.0.0.1.
#   fixable: true
package readiness.checks.security.network_exposed_datastores

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f

# Every deployment variant counts: an operator may run any of them.
_judged contains svc if {
	some svc in compose.variant_services
	compose.stateful(svc)
}

_loopback := {"127.0.0.1", "::1", "localhost", "[::1]"}

_exposed contains {"svc": svc, "port": p} if {
	some svc in _judged
	some p in svc.ports
	p.published != null
	not p.hostIp in _loopback
}

total := count(_judged)

_has_exposed(svc) if {
	some e in _exposed
	e.svc == svc
}

passing := count([s | some s in _judged; not _has_exposed(s)])

deny contains f.at(svc.file, p.line, sprintf("service:%s", [svc.name]), msg) if {
	some e in _exposed
	svc := e.svc
	p := e.port
	msg := sprintf("%s service %s publishes port %v on all host interfaces", [_kind(svc), svc.name, p.published])
}

_kind(svc) := svc.stateful if svc.stateful != null

_kind(svc) := svc.role if svc.stateful == null

# A compose file of the deployment that does not parse: the check cannot judge the stack.
input_errors := compose.parse_errors
