package readiness.checks.infrastructure.scaling_stateless_test

import rego.v1

import data.readiness.checks.infrastructure.scaling_stateless as check
import data.readiness.lib.fixtures as fx

test_passes_with_redis_sessions if {
	d := fx.components([{"dir": "api", "sessionStore": {"kind": "redis", "file": "api/app.py", "line": 4}}])
	check.passing == 1 with input as d
	check.total == 1 with input as d
}

test_fails_with_memory_sessions if {
	d := fx.components([{"dir": "api", "ecosystem": "node", "sessionStore": {"kind": "memory", "file": "api/server.js", "line": 12}}])
	check.passing == 0 with input as d
	some finding in check.deny with input as d
	finding.line == 12
}

test_not_applicable_without_servers if {
	check.total == 0 with input as fx.components([{"dir": "web", "kind": "frontend"}])
}
