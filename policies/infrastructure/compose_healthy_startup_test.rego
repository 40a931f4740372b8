package readiness.checks.infrastructure.compose_healthy_startup_test

import rego.v1

import data.readiness.checks.infrastructure.compose_healthy_startup as check
import data.readiness.lib.fixtures as fx

_db := {"name": "db", "role": "datastore", "stateful": "postgres"}

test_passes_with_service_healthy if {
	d := fx.compose([{"name": "api", "dependsOn": [{"service": "db", "condition": "service_healthy", "line": 4}]}, _db])
	check.passing == 1 with input as d
	check.total == 1 with input as d
}

test_fails_with_service_started if {
	d := fx.compose([{"name": "api", "dependsOn": [{"service": "db", "condition": "service_started", "line": 4}]}, _db])
	check.passing == 0 with input as d
	some finding in check.deny with input as d
	finding.line == 4
}

test_ignores_dependencies_on_other_services if {
	d := fx.compose([{"name": "api", "dependsOn": [{"service": "mailhog", "condition": "service_started", "line": 4}]}, {"name": "mailhog", "role": "other"}])
	check.total == 0 with input as d
}
