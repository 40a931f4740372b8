package readiness.checks.automation.deploy_script_test

import rego.v1

import data.readiness.checks.automation.deploy_script as check
import data.readiness.lib.fixtures as fx

test_passes_with_a_strict_deploy_script if {
	d := fx.repo_doc({"scripts": [fx.script({})]})
	count(check.deny) == 0 with input as d
	count(check.warn) == 0 with input as d
}

test_warns_without_set_e if {
	d := fx.repo_doc({"scripts": [fx.script({"setE": false})]})
	count(check.deny) == 0 with input as d
	some finding in check.warn with input as d
	finding.file == "deploy.sh"
}

test_fails_when_nothing_deploys if {
	count(check.deny) == 1 with input as fx.doc({})
}
