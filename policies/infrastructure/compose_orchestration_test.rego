package readiness.checks.infrastructure.compose_orchestration_test

import rego.v1

import data.readiness.checks.infrastructure.compose_orchestration as check
import data.readiness.lib.fixtures as fx

test_passes_with_app_and_database if {
	count(check.deny) == 0 with input as fx.compose([{"name": "web"}, {"name": "db", "role": "datastore", "stateful": "postgres"}])
}

test_fails_with_a_single_service if {
	count(check.deny) == 1 with input as fx.compose([{"name": "web"}])
}

test_not_applicable_without_compose if {
	not check.applicable with input as fx.doc({})
}
