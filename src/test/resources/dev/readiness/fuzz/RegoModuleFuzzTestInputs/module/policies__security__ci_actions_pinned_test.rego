package readiness.checks.security.ci_actions_pinned_test

import rego.v1

import data.readiness.checks.security.ci_actions_pinned as check
import data.readiness.lib.fixtures as fx

_uses(action, ref, third) := {"uses": {"action": action, "ref": ref, "pinned": false, "thirdParty": third}}

test_passes_for_sha_pins if {
	w := fx.workflow("ci.yml", [], [_uses("docker/login-action", "9780b0c442fbb1117ed29e0efdff1e18412f7567", true), _uses("actions/checkout", "v4", false)])
	d := fx.workflows([w])
	check.total == 1 with input as d
	check.passing == 1 with input as d
}

test_fails_for_tag_refs if {
	w := fx.workflow("ci.yml", [], [_uses("aquasecurity/trivy-action", "master", true)])
	d := fx.workflows([w])
	check.passing == 0 with input as d
	some finding in check.deny with input as d
	finding.resource == "action:aquasecurity/trivy-action"
}

test_not_applicable_without_third_party_actions if {
	check.total == 0 with input as fx.workflows([fx.workflow("ci.yml", [], [_uses("actions/checkout", "v4", false)])])
}
