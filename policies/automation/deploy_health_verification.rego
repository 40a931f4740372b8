# METADATA
# title: Deployments verify health
# description: >-
#   The path that deploys checks that the new version is healthy before declaring success: compose
#   healthchecks with `up --wait`, a wait-for-healthy loop or smoke test in a deploy (or start) script,
#   a smoke-test step in a workflow that deploys, or `kubectl rollout status`. Only the deployment path
#   counts: a wait in a container entrypoint (waiting for the database), an image's init files or a
#   pull-request test workflow does not verify a release. Without it a broken release is reported as
#   deployed.
# custom:
#   id: automation.deploy.health-verification
#   category: automation
#   severity: high
#   evidence:
#     - docker compose up --wait in a deploy/start script or a deploy workflow
#     - a deploy/start script loop polling docker inspect health status or curl on a health endpoint
#     - a smoke-test step (or a script it runs) in a workflow that deploys, releases or pushes images, kubectl rollout status, helm --wait
#   remediation: Add scripts/wait-for-healthy.sh and call it from the deploy path.
#   fixable: true
#   seed: Missing health check automation
package readiness.checks.automation.deploy_health_verification

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f
import data.readiness.lib.repo

default applicable := false

applicable if compose.present

applicable if count(input.repo.scripts) > 0

applicable if count(input.repo.deployTargets) > 0

applicable if repo.workflow_intent("deploy")

# Scripts on the deployment path (not entrypoints, image init files, tests or helpers).
_deploy_path_scripts contains s if {
	some s in input.repo.scripts
	s.kind in {"deploy", "start"}
}

_verified if {
	some s in _deploy_path_scripts
	s.healthWait == true
}

_verified if {
	some s in _deploy_path_scripts
	some c in s.composeCalls
	c.wait == true
}

# Workflows that ship (deploy, publish a release or push images); a smoke test or wait in a
# test-only workflow does not verify a release.
_deploy_workflows contains w.file if {
	some intent in ["deploy", "release", "push-image"]
	some w in repo.workflows_with(intent)
}

_verified if {
	some w in input.workflows
	w.file in _deploy_workflows
	_has_smoke_test(w)
}

_verified if {
	some step in repo.run_steps
	step.file in _deploy_workflows
	regex.match(`(up\s[^\n]*--wait\b|rollout\s+status|helm\s[^\n]*--wait\b|wait-for-health|/health)`, step.run)
}

_verified if {
	some t in input.repo.makeTargets
	"deploy" in t.intents
	"smoke-test" in t.intents
}

_has_smoke_test(w) if "smoke-test" in w.intents

_has_smoke_test(w) if {
	some j in w.jobs
	"smoke-test" in j.intents
}

deny contains f.repo("the deployment path never checks that the new version is healthy (no up --wait, health polling or smoke test in a deploy script or deploy workflow)") if {
	applicable
	not _verified
}
