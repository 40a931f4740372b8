# METADATA
# title: Deployments verify health
# description: >-
#   The deploy or start path checks that the new version is healthy before declaring success: compose
#   healthchecks with `up --wait`, a wait-for-healthy loop or smoke test in a script, a smoke-test step
#   in the deploy workflow, or `kubectl rollout status`. Without it a broken release is reported as
#   deployed.
# custom:
#   id: automation.deploy.health-verification
#   category: automation
#   severity: high
#   evidence:
#     - docker compose up --wait in a deploy/start script or workflow
#     - a script loop polling docker inspect health status or curl on a health endpoint
#     - a smoke-test step in a deploy workflow, kubectl rollout status, helm --wait
#   remediation: Add scripts/wait-for-healthy.sh and call it from the deploy path (readiness fix does this).
#   fixable: true
#   seed: Missing health check automation
package readiness.checks.automation.deploy_health_verification

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f
import data.readiness.lib.repo

# Something deploys or starts the stack: otherwise there is no path to verify.
applicable if compose.present

applicable if count(input.repo.scripts) > 0

applicable if count(input.repo.deployTargets) > 0

applicable if repo.workflow_intent("deploy")

_verified if {
	some s in input.repo.scripts
	s.healthWait == true
}

_verified if {
	some s in input.repo.scripts
	some c in s.composeCalls
	c.wait == true
}

_verified if repo.workflow_intent("smoke-test")

_verified if {
	some step in repo.run_steps
	regex.match(`(up\s[^\n]*--wait\b|rollout\s+status|helm\s[^\n]*--wait\b|wait-for-health|healthcheck|/health)`, step.run)
}

deny contains f.repo("the deploy/start path never checks that the new version is healthy (no up --wait, health polling or smoke test)") if {
	applicable
	not _verified
}
