# METADATA
# title: Services are orchestrated together
# description: >-
#   The compose stack declares more than one service (the application plus its database, cache,
#   proxy or workers), so the whole system starts, stops and is networked as one unit instead of
#   containers wired by hand. A single service that needs no backing service (no database, cache or
#   queue in its environment or talks, e.g. embedded SQLite) is n/a.
# custom:
#   id: infra.compose.orchestration
#   category: infrastructure
#   severity: low
#   evidence:
#     - more than one service in the judged compose config
#   remediation: Declare the application's backing services (database, cache, proxy) in the compose file.
#   fixable: false
#   seed: Multi-container orchestration
package readiness.checks.infrastructure.compose_orchestration

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f

default applicable := false

applicable if {
	compose.present
	count(compose.services) > 1
}

applicable if {
	count(compose.services) == 1
	_needs_backing
}

_backing_key := `(?i)(^|_)(DATABASE|DB|POSTGRES|PG|MYSQL|MARIADB|MONGO|MONGODB|REDIS|VALKEY|MEMCACHED|AMQP|RABBITMQ|KAFKA|NATS|ELASTICSEARCH|BROKER|CACHE)(_|$)`

_needs_backing if {
	some svc in compose.services
	some e in svc.environment
	regex.match(_backing_key, e.key)
}

_needs_backing if {
	some svc in compose.services
	count(svc.talksTo) > 0
}

deny contains f.service(svc, msg) if {
	count(compose.services) == 1
	_needs_backing
	some svc in compose.services
	msg := sprintf("the compose stack declares only service %s, which uses a database, cache or queue: backing services run outside it", [svc.name])
}

# A compose file of the deployment that does not parse: the check cannot judge the stack.
input_errors := compose.parse_errors
