# METADATA
# title: CI runs the tests
# description: >-
#   A CI workflow (GitHub Actions; GitLab CI, CircleCI, Jenkins, Azure Pipelines and Bitbucket are
#   counted too) runs the project's tests on pushes or pull requests, so a change that breaks the
#   application is caught before it is deployed.
# custom:
#   id: automation.ci.tests
#   category: automation
#   severity: high
#   evidence:
#     - a workflow job or step that runs tests (pytest, npm test, mvn verify/test, gradle test, go test, rspec, phpunit, dotnet test, ...)
#   remediation: Add a CI workflow that installs dependencies and runs the test suite (readiness fix generates one).
#   fixable: true
#   seed: Test workflow exists
package readiness.checks.automation.ci_tests

import rego.v1

import data.readiness.lib.findings as f
import data.readiness.lib.repo

deny contains f.repo("no CI pipeline found") if count(input.workflows) == 0

deny contains f.repo(msg) if {
	count(input.workflows) > 0
	not repo.workflow_intent("test")
	msg := sprintf("none of the %d CI workflows runs the tests", [count(input.workflows)])
}
