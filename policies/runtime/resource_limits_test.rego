package readiness.checks.runtime.resource_limits_test

import rego.v1

import data.readiness.checks.runtime.resource_limits as check
import data.readiness.lib.runtime_fixtures as fx

test_counts_containers_without_memory_limit if {
	d := fx.connected([
		fx.container({"name": "a"}),
		fx.container({"name": "b", "memoryLimit": 0}),
	])
	check.total == 2 with input as d
	check.passing == 1 with input as d
	{f.message | some f in check.deny} == {"container b has no memory limit"} with input as d
}

test_not_applicable_without_engine if {
	not check.applicable with input as fx.unavailable
}
