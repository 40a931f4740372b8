package readiness.checks.automation.ci_tests_test

import rego.v1

import data.readiness.checks.automation.ci_tests as check
import data.readiness.lib.fixtures as fx

test_passes_with_a_test_job if {
	d := fx.workflows([fx.workflow(".github/workflows/test.yml", ["test"], [{"run": "pytest"}])])
	count(check.deny) == 0 with input as d
}

test_fails_without_test_intent if {
	d := fx.workflows([fx.workflow(".github/workflows/lint.yml", ["lint"], [])])
	count(check.deny) == 1 with input as d
}

test_fails_without_ci if {
	some finding in check.deny with input as fx.doc({})
	finding.message == "no CI pipeline found"
}
