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

test_reusable_workflows_of_other_repositories_are_judged if {
	w := fx.workflow("ci.yml", [], [])
	caller := json.patch(w, [
		{"op": "add", "path": "/jobs/0/uses", "value": {"action": "org/shared/.github/workflows/deploy.yml", "ref": "main", "pinned": false, "thirdParty": true, "kind": "action"}},
		{"op": "add", "path": "/jobs/1", "value": object.union(w.jobs[0], {"id": "local", "line": 20, "uses": {"action": "./.github/workflows/test.yml", "ref": null, "pinned": false, "thirdParty": false, "kind": "local"}})},
	])
	d := fx.workflows([caller])
	check.total == 1 with input as d
	some finding in check.deny with input as d
	finding.resource == "action:org/shared/.github/workflows/deploy.yml"
	finding.line == 8
}
