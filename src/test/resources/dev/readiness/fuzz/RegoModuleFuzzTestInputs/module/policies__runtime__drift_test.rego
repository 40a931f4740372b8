package readiness.checks.runtime.drift_test

import rego.v1

import data.readiness.checks.runtime.drift as check
import data.readiness.lib.runtime_fixtures as fx

_with_drift(drift, compared) := {"runtime": object.union(fx.connected([fx.container({})]).runtime, {
	"drift": drift, "driftCompared": compared,
})}

_restart := {"container": "app-web-1", "service": "web", "field": "restart", "declared": "unless-stopped", "actual": "no", "file": "compose.yaml", "line": 7}

_user := {"container": "app-web-1", "service": "web", "field": "user", "declared": "1000", "actual": "", "file": "compose.yaml", "line": 5}

test_passes_without_drift if {
	d := _with_drift([], ["app-web-1", "app-db-1"])
	check.applicable with input as d
	check.total == 2 with input as d
	check.passing == 2 with input as d
	count(check.deny) == 0 with input as d
}

test_one_finding_per_difference_counted_per_container if {
	d := _with_drift([_restart, _user], ["app-web-1", "app-db-1"])
	check.passing == 1 with input as d
	check.deny == {
		{"message": "container app-web-1 differs from service web: restart is \"no\", declared \"unless-stopped\"", "file": "compose.yaml", "line": 7, "resource": "service:web"},
		{"message": "container app-web-1 differs from service web: user is none, declared \"1000\"", "file": "compose.yaml", "line": 5, "resource": "service:web"},
	} with input as d
}

test_not_applicable_without_compose_containers if {
	not check.applicable with input as _with_drift([], [])
}

test_not_applicable_without_engine if {
	not check.applicable with input as fx.unavailable
}
