# METADATA
# title: Dependency updates are automated
# description: >-
#   Dependabot or Renovate is configured, so security fixes in dependencies, base images and
#   actions arrive as reviewable pull requests instead of waiting for someone to remember.
# custom:
#   id: automation.dependency-updates
#   category: automation
#   severity: low
#   evidence:
#     - .github/dependabot.yml
#     - renovate.json, .renovaterc(.json), .github/renovate.json, renovate config in package.json
#   remediation: Add .github/dependabot.yml for the detected ecosystems (readiness fix generates it).
#   fixable: true
package readiness.checks.automation.dependency_updates

import rego.v1

import data.readiness.lib.findings as f

deny contains f.repo("neither Dependabot nor Renovate is configured") if {
	input.repo.dependencyUpdates.dependabot == null
	input.repo.dependencyUpdates.renovate == null
}
