package readiness.checks.documentation.changelog_test

import rego.v1

import data.readiness.checks.documentation.changelog as check
import data.readiness.lib.fixtures as fx

test_passes_with_a_changelog_listing_releases if {
	d := fx.repo_doc({"docs": [fx.document("CHANGELOG.md", "changelog", {"releaseEntries": 12})]})
	count(check.deny) == 0 with input as d
	count(check.warn) == 0 with input as d
}

test_warns_for_a_changelog_without_releases if {
	d := fx.repo_doc({"docs": [fx.document("CHANGELOG.md", "changelog", {"releaseEntries": 0})]})
	count(check.deny) == 0 with input as d
	count(check.warn) == 1 with input as d
}

test_passes_with_release_notes_tooling if {
	count(check.deny) == 0 with input as fx.files([".github/release-drafter.yml"])
}

test_a_workflow_named_release_is_not_release_notes if {
	count(check.deny) == 1 with input as fx.workflows([fx.workflow("release.yml", ["release"], [])])
}

test_fails_without_changelog if {
	count(check.deny) == 1 with input as fx.files(["README.md"])
}
