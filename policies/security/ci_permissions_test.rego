package readiness.checks.security.ci_permissions_test

import rego.v1

import data.readiness.checks.security.ci_permissions as check
import data.readiness.lib.fixtures as fx

_perm(write_all) := {"declared": true, "scopes": {"contents": "read"}, "writeAll": write_all, "line": 4}

test_passes_with_top_level_permissions if {
	w := object.union(fx.workflow("ci.yml", ["test"], []), {"permissions": _perm(false)})
	d := fx.workflows([w])
	check.passing == 1 with input as d
	count(check.deny) == 0 with input as d
}

test_fails_without_permissions if {
	d := fx.workflows([fx.workflow("ci.yml", ["test"], [])])
	check.passing == 0 with input as d
	count(check.deny) == 1 with input as d
}

test_fails_for_pull_request_target_checkout if {
	w := object.union(fx.workflow("pr.yml", [], []), {"permissions": _perm(false), "pullRequestTarget": true, "checksOutPrHead": true})
	check.passing == 0 with input as fx.workflows([w])
}

test_fails_for_write_all if {
	w := object.union(fx.workflow("ci.yml", [], []), {"permissions": _perm(true)})
	check.passing == 0 with input as fx.workflows([w])
}
