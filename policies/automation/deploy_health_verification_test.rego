package readiness.checks.automation.deploy_health_verification_test

import rego.v1

import data.readiness.checks.automation.deploy_health_verification as check
import data.readiness.lib.fixtures as fx

test_passes_with_a_health_wait_script if {
	count(check.deny) == 0 with input as fx.repo_doc({"scripts": [fx.script({"healthWait": true})]})
}

test_passes_with_compose_up_wait if {
	d := fx.repo_doc({"scripts": [fx.script({"composeCalls": [{"line": 4, "command": "up -d --wait", "files": [], "wait": true}]})]})
	count(check.deny) == 0 with input as d
}

test_passes_with_a_smoke_test_step if {
	d := json.patch(fx.repo_doc({"scripts": [fx.script({})]}), [{"op": "add", "path": "/workflows", "value": [fx.workflow(".github/workflows/deploy.yml", ["deploy", "smoke-test"], [])]}])
	check.applicable with input as d
	count(check.deny) == 0 with input as d
}

test_fails_for_a_plain_deploy_script if {
	count(check.deny) == 1 with input as fx.repo_doc({"scripts": [fx.script({"composeCalls": [{"line": 4, "command": "up -d", "files": [], "wait": false}]})]})
}

test_not_applicable_without_deploy_path if {
	not check.applicable with input as fx.doc({})
}

test_an_entrypoint_wait_is_not_release_verification if {
	d := fx.repo_doc({"scripts": [fx.script({"file": "entrypoint.sh", "kind": "entrypoint", "healthWait": true})]})
	count(check.deny) == 1 with input as d
}

test_a_smoke_test_in_a_test_workflow_does_not_count if {
	d := json.patch(fx.repo_doc({"scripts": [fx.script({})]}), [{"op": "add", "path": "/workflows", "value": [fx.workflow(".github/workflows/ci.yml", ["test", "smoke-test"], [])]}])
	check.applicable with input as d
	count(check.deny) == 1 with input as d
}

test_a_smoke_test_gating_a_release_workflow_counts if {
	d := json.patch(fx.repo_doc({"scripts": [fx.script({})]}), [{"op": "add", "path": "/workflows", "value": [fx.workflow(".github/workflows/release.yml", ["push-image", "release", "smoke-test"], [])]}])
	count(check.deny) == 0 with input as d
}
