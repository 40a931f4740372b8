package readiness.checks.runtime.non_root_test

import rego.v1

import data.readiness.checks.runtime.non_root as check
import data.readiness.lib.runtime_fixtures as fx

test_counts_root_containers if {
	d := fx.connected([
		fx.container({"name": "a", "user": "1000:1000"}),
		fx.container({"name": "b", "user": ""}),
		fx.container({"name": "c", "user": "0:0"}),
		fx.container({"name": "d", "user": "root"}),
		fx.container({"name": "e", "user": "app"}),
	])
	check.total == 5 with input as d
	check.passing == 2 with input as d
	count(check.deny) == 3 with input as d
}

test_message_names_the_image_default if {
	d := fx.connected([fx.container({"name": "b", "user": ""})])
	check.deny == {{
		"message": "container b runs as root (user \"image default\")",
		"file": null, "line": null, "resource": "container:b",
	}} with input as d
}

test_uid_zero_prefix_is_not_root if {
	d := fx.connected([fx.container({"user": "01000"})])
	count(check.deny) == 0 with input as d
}

test_not_applicable_without_engine if {
	not check.applicable with input as fx.unavailable
}
