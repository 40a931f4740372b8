package readiness.checks.runtime.restart_policy_test

import rego.v1

import data.readiness.checks.runtime.restart_policy as check
import data.readiness.lib.runtime_fixtures as fx

test_counts_containers_without_restart if {
	d := fx.connected([
		fx.container({"name": "a", "restartPolicy": "always"}),
		fx.container({"name": "b", "restartPolicy": "on-failure"}),
		fx.container({"name": "c", "restartPolicy": "no"}),
	])
	check.total == 3 with input as d
	check.passing == 2 with input as d
	{f.resource | some f in check.deny} == {"container:c"} with input as d
}

test_not_applicable_without_engine if {
	not check.applicable with input as fx.unavailable
}
