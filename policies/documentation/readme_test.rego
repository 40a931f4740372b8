package readiness.checks.documentation.readme_test

import rego.v1

import data.readiness.checks.documentation.readme as check
import data.readiness.lib.fixtures as fx

test_passes_with_run_command if {
	d := fx.repo_doc({"docs": [fx.document("README.md", "readme", {"codeBlocks": 2, "hasRunCommand": true})]})
	count(check.deny) == 0 with input as d
	count(check.warn) == 0 with input as d
}

test_warns_without_run_command if {
	count(check.warn) == 1 with input as fx.repo_doc({"docs": [fx.document("README.md", "readme", {})]})
}

test_fails_without_readme if {
	count(check.deny) == 1 with input as fx.doc({})
}

test_the_root_readme_is_the_project_readme if {
	d := fx.repo_doc({"docs": [
		fx.document(".devcontainer/README.md", "readme", {"hasRunCommand": false}),
		fx.document("README.md", "readme", {"hasRunCommand": true}),
	]})
	count(check.warn) == 0 with input as d
}

test_a_subdirectory_readme_does_not_stand_in_for_the_root_one if {
	d := fx.repo_doc({"docs": [
		fx.document("docker/README.md", "readme", {"hasRunCommand": true}),
		fx.document("README.md", "readme", {"hasRunCommand": false}),
	]})
	some w in check.warn with input as d
	w.file == "README.md"
}
