package readiness.checks.runtime.log_rotation_test

import rego.v1

import data.readiness.checks.runtime.log_rotation as check
import data.readiness.lib.runtime_fixtures as fx

test_file_drivers_need_max_size if {
	d := fx.connected([
		fx.container({"name": "a"}),
		fx.container({"name": "b", "logOptions": {}}),
		fx.container({"name": "c", "logDriver": "k8s-file", "logOptions": {}}),
		fx.container({"name": "d", "logDriver": "local", "logOptions": {}}),
		fx.container({"name": "e", "logDriver": "journald", "logOptions": {}}),
		fx.container({"name": "f", "logOptions": {"max-size": "-1"}}),
	])
	check.total == 6 with input as d
	check.passing == 3 with input as d
	{f.resource | some f in check.deny} == {"container:b", "container:c", "container:f"} with input as d
}

test_message if {
	d := fx.connected([fx.container({"name": "b", "logOptions": {}})])
	{f.message | some f in check.deny} == {"container b logs with json-file without max-size"} with input as d
}

test_not_applicable_without_engine if {
	not check.applicable with input as fx.unavailable
}
