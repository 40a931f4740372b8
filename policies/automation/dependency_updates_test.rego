package readiness.checks.automation.dependency_updates_test

import rego.v1

import data.readiness.checks.automation.dependency_updates as check
import data.readiness.lib.fixtures as fx

test_passes_with_dependabot if {
	count(check.deny) == 0 with input as fx.repo_doc({"dependencyUpdates": {"dependabot": ".github/dependabot.yml", "renovate": null}})
}

test_passes_with_renovate if {
	count(check.deny) == 0 with input as fx.repo_doc({"dependencyUpdates": {"dependabot": null, "renovate": "renovate.json"}})
}

test_fails_without_either if {
	count(check.deny) == 1 with input as fx.doc({})
}
