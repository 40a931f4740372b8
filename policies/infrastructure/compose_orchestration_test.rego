package readiness.checks.infrastructure.compose_orchestration_test

import rego.v1

import data.readiness.checks.infrastructure.compose_orchestration as check
import data.readiness.lib.fixtures as fx

test_passes_with_app_and_database if {
	count(check.deny) == 0 with input as fx.compose([{"name": "web"}, {"name": "db", "role": "datastore", "stateful": "postgres"}])
}

test_fails_with_a_single_service_that_needs_a_database if {
	env := [{"key": "DATABASE_URL", "kind": "url-with-credentials", "secretLike": false, "hosts": ["db.example.com"], "file": "compose.yaml", "line": 4}]
	count(check.deny) == 1 with input as fx.compose([{"name": "web", "environment": env}])
}

test_a_single_self_contained_service_is_not_applicable if {
	not check.applicable with input as fx.compose([{"name": "web"}])
}

test_not_applicable_without_compose if {
	not check.applicable with input as fx.doc({})
}
