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
	d := object.union(fx.repo_doc({"scripts": [fx.script({})]}), fx.workflows([fx.workflow(".github/workflows/deploy.yml", ["deploy", "smoke-test"], [])]))
	count(check.deny) == 0 with input as d
}

test_fails_for_a_plain_deploy_script if {
	count(check.deny) == 1 with input as fx.repo_doc({"scripts": [fx.script({"composeCalls": [{"line": 4, "command": "up -d", "files": [], "wait": false}]})]})
}

test_not_applicable_without_deploy_path if {
	not check.applicable with input as fx.doc({})
}
