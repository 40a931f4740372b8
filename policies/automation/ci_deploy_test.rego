package readiness.checks.automation.ci_deploy_test

import rego.v1

import data.readiness.checks.automation.ci_deploy as check
import data.readiness.lib.fixtures as fx

test_passes_with_a_deploy_workflow_on_main if {
	d := fx.workflows([fx.workflow(".github/workflows/deploy.yml", ["deploy"], [{"run": "ssh host docker compose up -d"}])])
	count(check.deny) == 0 with input as d
	count(check.warn) == 0 with input as d
}

test_fails_without_deploy if {
	d := fx.workflows([fx.workflow(".github/workflows/test.yml", ["test"], [])])
	count(check.deny) == 1 with input as d
}

test_warns_when_deploy_runs_only_on_pull_requests if {
	w := object.union(fx.workflow(".github/workflows/deploy.yml", ["deploy"], []), {"triggers": [{"event": "pull_request", "branches": [], "tags": [], "line": 3}]})
	count(check.warn) == 1 with input as fx.workflows([w])
}
