package readiness.checks.infrastructure.compose_depends_on_test

import rego.v1

import data.readiness.checks.infrastructure.compose_depends_on as check
import data.readiness.lib.fixtures as fx

_db := {"name": "db", "role": "datastore", "stateful": "postgres"}

test_passes_when_dependencies_are_declared if {
	d := fx.compose([{"name": "api", "talksTo": ["db"], "dependsOn": [{"service": "db", "condition": "service_healthy", "line": 5}]}, _db])
	check.total == 1 with input as d
	check.passing == 1 with input as d
	count(check.deny) == 0 with input as d
}

test_fails_when_a_talked_to_service_is_missing if {
	d := fx.compose([{"name": "api", "talksTo": ["db"]}, _db])
	check.passing == 0 with input as d
	some finding in check.deny with input as d
	finding.resource == "service:api"
	contains(finding.message, "db")
}

test_proxy_upstreams_count_as_talking if {
	d := object.union(fx.compose([{"name": "nginx", "role": "proxy"}, {"name": "api"}]), {"repo": {"proxies": [{"file": "nginx.conf", "kind": "nginx", "upstreams": [{"name": "api", "servers": ["api:8000"], "line": 2}], "tlsListeners": [], "httpsRedirect": false, "rateLimit": false, "timeouts": false, "healthRoute": false, "line": 1}]}})
	check.total == 1 with input as d
	check.passing == 0 with input as d
}

test_not_applicable_when_nobody_talks if {
	check.total == 0 with input as fx.compose([{"name": "api"}])
}

test_a_declared_dependency_is_judged_when_hosts_are_set_in_code if {
	d := fx.compose([{"name": "web", "dependsOn": [{"service": "db", "condition": "service_started", "line": 5}]}, {"name": "db", "role": "datastore"}])
	check.total == 1 with input as d
	check.passing == 1 with input as d
}

test_a_dependency_reached_through_another_counts if {
	d := fx.compose([
		{"name": "web", "talksTo": ["db"], "dependsOn": [{"service": "api", "condition": "service_started", "line": 5}]},
		{"name": "api", "dependsOn": [{"service": "db", "condition": "service_started", "line": 9}]},
		{"name": "db", "role": "datastore"},
	])
	check.total == 2 with input as d
	check.passing == 2 with input as d
}
