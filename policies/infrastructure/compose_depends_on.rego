# METADATA
# title: Service dependencies are declared
# description: >-
#   Every service that talks to another service (its hostname appears in environment values, URLs or
#   the command, or a proxy forwards to it) lists that service under depends_on, so compose starts
#   them in order and a reader sees the service graph (a dependency reached through another one's
#   depends_on is started first too and counts). A service that declares depends_on is judged
#   too (its graph is written down; where the hosts it reaches are set in application code, the
#   declaration is the evidence); n/a when no service reaches or declares another.
# custom:
#   id: infra.compose.depends-on
#   category: infrastructure
#   severity: medium
#   evidence:
#     - depends_on entries for every service named in environment values, URLs and commands
#     - depends_on on the services a proxy upstream forwards to
#   remediation: Add the missing services to depends_on (readiness fix does this).
#   fixable: true
#   seed: Service dependencies defined
package readiness.checks.infrastructure.compose_depends_on

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f

# Services reached by a proxy config's upstreams (host part of "backend:8000").
_upstream_hosts contains host if {
	some p in input.repo.proxies
	some u in p.upstreams
	some server in u.servers
	host := split(split(server, ":")[0], "/")[0]
}

_needs(names, svc) := needed if {
	talks := {t | some t in svc.talksTo; t in names; t != svc.name}
	proxied := {h | svc.role == "proxy"; some h in _upstream_hosts; h in names; h != svc.name}
	needed := talks | proxied
}

# What compose starts before a service: its depends_on, and theirs (ordering is transitive).
_graph(cfg) := {s.name: {d.service | some d in s.dependsOn} | some s in cfg.services}

_missing(needed, svc, g) := needed - (graph.reachable(g, {svc.name}) - {svc.name})

# Each judged service with what it needs; a config's service names are collected once, not once per
# service, so a file with a thousand services stays linear.
_judged contains [svc, needed, g] if {
	some cfg in compose.selected_configs
	names := compose.names_in(cfg)
	g := _graph(cfg)
	some svc in cfg.services
	needed := _needs(names, svc)
	_judgeable(needed, svc)
}

_judgeable(needed, _) if count(needed) > 0

_judgeable(_, svc) if count(svc.dependsOn) > 0

total := count(_judged)

passing := count([1 | some [svc, needed, g] in _judged; count(_missing(needed, svc, g)) == 0])

deny contains f.service(svc, msg) if {
	some [svc, needed, g] in _judged
	missing := _missing(needed, svc, g)
	count(missing) > 0
	msg := sprintf("service %s talks to %s but does not declare it in depends_on", [svc.name, concat(", ", sort(missing))])
}

# A compose file of the deployment that does not parse: the check cannot judge the stack.
input_errors := compose.parse_errors
