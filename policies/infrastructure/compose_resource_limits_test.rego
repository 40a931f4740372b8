package readiness.checks.infrastructure.compose_resource_limits_test

import rego.v1

import data.readiness.checks.infrastructure.compose_resource_limits as check
import data.readiness.lib.fixtures as fx

_deploy(memory, cpus) := {"replicas": 1, "restartPolicy": null, "limits": {"memory": memory, "cpus": cpus}, "line": 7}

test_passes_with_limits if {
	d := fx.compose([{"name": "api", "deploy": _deploy("512m", "0.5")}])
	check.passing == 1 with input as d
	count(check.deny) == 0 with input as d
	count(check.warn) == 0 with input as d
}

test_fails_without_memory_limit if {
	d := fx.compose([{"name": "api", "deploy": _deploy("512m", null)}, {"name": "db", "role": "datastore"}])
	check.total == 2 with input as d
	check.passing == 1 with input as d
	count(check.deny) == 1 with input as d
	count(check.warn) == 1 with input as d
}

test_a_zero_limit_is_unlimited if {
	d := fx.compose([{"name": "web", "deploy": {"replicas": null, "restartPolicy": null, "limits": {"memory": "0", "cpus": "0"}, "line": 9}}])
	check.total == 1 with input as d
	check.passing == 0 with input as d
}
