package readiness.checks.documentation.changelog_test

import rego.v1

import data.readiness.checks.documentation.changelog as check
import data.readiness.lib.fixtures as fx

test_passes_with_changelog_file if {
	count(check.deny) == 0 with input as fx.files(["CHANGELOG.md"])
}

test_passes_with_release_workflow if {
	count(check.deny) == 0 with input as fx.workflows([fx.workflow("release.yml", ["release"], [])])
}

test_fails_without_changelog if {
	count(check.deny) == 1 with input as fx.files(["README.md"])
}
