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

test_entrypoints_and_image_files_are_not_deploy_scripts if {
	d := fx.repo_doc({"scripts": [
		fx.script({"file": "docker/entrypoint.sh", "kind": "entrypoint", "setE": false}),
		fx.script({"file": "rootfs/etc/s6-overlay/s6-rc.d/app/run", "kind": "image", "setE": false}),
	]})
	count(check.warn) == 0 with input as d
	count(check.deny) == 1 with input as d
}

test_ansible_playbook_is_scripted if {
	d := json.patch(fx.doc({}), [{"op": "add", "path": "/files", "value": [{"path": "contrib/ansible/playbooks/site.yml", "kinds": ["other"]}]}])
	count(check.deny) == 0 with input as d
}

test_loose_yaml_is_not_a_playbook if {
	d := json.patch(fx.doc({}), [{"op": "add", "path": "/files", "value": [{"path": "config/settings.yml", "kinds": ["other"]}]}])
	count(check.deny) == 1 with input as d
}

test_a_release_target_that_only_builds_is_not_a_deployment if {
	d := fx.repo_doc({"makeTargets": [{"file": "Makefile", "name": "release", "line": 20, "intents": ["release"]}]})
	count(check.deny) == 1 with input as d
}
