package readiness.checks.runtime.health_test

import rego.v1

import data.readiness.checks.runtime.health as check
import data.readiness.lib.runtime_fixtures as fx

test_passes_when_all_healthy if {
	d := fx.connected([fx.container({})])
	check.applicable with input as d
	count(check.deny) == 0 with input as d
	count(check.warn) == 0 with input as d
}

test_fails_for_unhealthy_with_probe_output if {
	d := fx.connected([fx.container({"health": "unhealthy", "healthLastOutput": "curl: (7) refused"})])
	check.deny == {{
		"message": "container app-web-1 is unhealthy: last probe said \"curl: (7) refused\"",
		"file": null, "line": null, "resource": "container:app-web-1",
	}} with input as d
}

test_unhealthy_without_output if {
	d := fx.connected([fx.container({"health": "unhealthy", "healthLastOutput": null})])
	{f.message | some f in check.deny} == {"container app-web-1 is unhealthy"} with input as d
}

test_warns_without_healthcheck if {
	d := fx.connected([fx.container({"health": "none", "healthcheck": false})])
	count(check.deny) == 0 with input as d
	count(check.warn) == 1 with input as d
}

test_starting_is_not_judged if {
	d := fx.connected([fx.container({"health": "starting"})])
	count(check.deny) == 0 with input as d
	count(check.warn) == 0 with input as d
}

test_not_applicable_without_engine if {
	not check.applicable with input as fx.unavailable
}

test_not_applicable_without_containers if {
	not check.applicable with input as fx.connected([])
}
