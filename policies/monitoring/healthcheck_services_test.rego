package readiness.checks.monitoring.healthcheck_services_test

import rego.v1

import data.readiness.checks.monitoring.healthcheck_services as check
import data.readiness.lib.fixtures as fx

_hc := {"test": ["CMD", "pg_isready"], "disabled": false, "interval": "10s", "timeout": "5s", "retries": 5, "startPeriod": null, "line": 9}

test_passes_with_compose_healthchecks if {
	d := fx.compose([{"name": "db", "role": "datastore", "healthcheck": _hc}])
	check.passing == 1 with input as d
}

test_dockerfile_healthcheck_counts if {
	d := object.union(
		fx.compose([{"name": "api", "build": {"context": ".", "dockerfile": "Dockerfile", "contextExists": true, "dockerfileExists": true, "target": null, "line": 3}}]),
		{"dockerfiles": [fx.dockerfile("Dockerfile", [{"healthcheck": {"none": false, "test": "curl -f http://localhost/health", "line": 12}}])]},
	)
	check.passing == 1 with input as d
}

test_fails_without_healthchecks if {
	d := fx.compose([{"name": "api"}, {"name": "db", "role": "datastore", "healthcheck": _hc}, {"name": "cache", "role": "cache", "healthcheck": object.union(_hc, {"disabled": true})}])
	check.total == 3 with input as d
	check.passing == 1 with input as d
	count(check.deny) == 2 with input as d
}

test_when_profiles_select_the_whole_stack_every_service_is_judged if {
	d := fx.compose([
		{"name": "web", "profiles": ["web"], "healthcheck": {"test": ["CMD", "curl", "-f", "http://localhost/up"], "disabled": false}},
		{"name": "db", "role": "datastore", "stateful": "postgres", "profiles": ["postgres"]},
	])
	check.total == 2 with input as d
	count(check.deny) == 1 with input as d
}

test_an_optional_profile_beside_unprofiled_services_is_not_judged if {
	d := fx.compose([{"name": "web"}, {"name": "debug", "profiles": ["debug"]}])
	check.total == 1 with input as d
}
