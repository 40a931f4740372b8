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
#   remediation: Add a CI workflow that installs dependencies and runs the test suite.
#   fixable: false
#   seed: Test workflow exists
package readiness.checks.automation.ci_tests

import rego.v1

import data.readiness.lib.findings as f
import data.readiness.lib.repo

deny contains f.repo("no CI pipeline found") if count(input.workflows) == 0

# Test commands of the common stacks, for steps the workflow scanner did not classify.
_test_command := `(?i)(\bpytest\b|python -m (pytest|unittest)|manage\.py test|\b(npm|pnpm|yarn|bun)( run)? test\b|\bjest\b|\bvitest\b|\bmvnw? .*\b(test|verify)\b|gradlew? .*\b(test|check|build)\b|\bgo test\b|\bcargo test\b|\bdotnet test\b|\brspec\b|rake test|\bphpunit\b|\btox\b|\bnox\b|make test)`

_tests if repo.workflow_intent("test")

_tests if repo.ci_runs(_test_command)

deny contains f.repo(msg) if {
	count(input.workflows) > 0
	not _tests
	msg := sprintf("none of the %d CI workflows runs the tests", [count(input.workflows)])
}
