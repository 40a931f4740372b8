package readiness.checks.automation.deploy_rollback_test

import rego.v1

import data.readiness.checks.automation.deploy_rollback as check
import data.readiness.lib.fixtures as fx

test_passes_with_a_rollback_script if {
	count(check.deny) == 0 with input as fx.repo_doc({"scripts": [fx.script({"file": "scripts/rollback.sh", "kind": "rollback"})]})
}

test_passes_with_a_make_target if {
	count(check.deny) == 0 with input as fx.repo_doc({"makeTargets": [{"file": "Makefile", "name": "rollback", "line": 12}]})
}

test_passes_with_rollout_undo_in_ci if {
	d := fx.workflows([fx.workflow(".github/workflows/deploy.yml", ["deploy"], [{"run": "kubectl rollout undo deployment/api"}])])
	count(check.deny) == 0 with input as d
}

test_fails_for_deploy_without_rollback if {
	count(check.deny) == 1 with input as fx.repo_doc({"scripts": [fx.script({})]})
}
