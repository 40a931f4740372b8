# METADATA
# title: A rollback path exists
# description: >-
#   A failed release can be undone quickly: a rollback script, a deploy script that keeps the previous
#   image tag or release and can restore it, a rollback job in a workflow, `kubectl rollout undo` /
#   `helm rollback`, a Make target, or a blue-green switch.
# custom:
#   id: automation.deploy.rollback
#   category: automation
#   severity: high
#   evidence:
#     - a rollback script (rollback.sh, scripts/rollback*) or a deploy script that restores the previous tag/release
#     - a workflow job or step with rollback intent (rollout undo, helm rollback, redeploy previous tag)
#     - a Makefile rollback target
#   remediation: Add scripts/rollback.sh and deploy tagged images so the previous tag can be restored (readiness fix does this).
#   fixable: true
#   seed: No rollback mechanism
package readiness.checks.automation.deploy_rollback

import rego.v1

import data.readiness.lib.findings as f
import data.readiness.lib.repo

_rollback if {
	some s in input.repo.scripts
	s.kind == "rollback"
}

# A script on the deployment path with a rollback step (tests, entrypoints and image files are not).
_rollback if {
	some s in input.repo.scripts
	s.rollback == true
	not s.kind in {"test", "entrypoint", "image"}
}

_rollback if repo.workflow_intent("rollback")

_rollback if {
	some t in input.repo.makeTargets
	regex.match(`(?i)(rollback|roll-back|revert|undo)`, t.name)
}

_rollback if {
	some step in repo.run_steps
	regex.match(`(rollout\s+undo|helm\s+rollback|flyctl\s+releases\s+rollback|heroku\s+rollback)`, step.run)
}

deny contains f.repo("no rollback mechanism: no rollback script, workflow job, make target or previous-release restore") if {
	not _rollback
}
