package readiness.checks.infrastructure.compose_present_test

import rego.v1

import data.readiness.checks.infrastructure.compose_present as check
import data.readiness.lib.fixtures as fx

test_passes_with_a_compose_file if {
	count(check.deny) == 0 with input as fx.compose([{"name": "web"}])
}

test_fails_without_compose if {
	d := fx.dockerfiles([fx.dockerfile("Dockerfile", [{}])])
	denied := check.deny with input as d
	count(denied) == 1
	some finding in denied
	contains(finding.message, "no compose file")
}
