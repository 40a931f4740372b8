# METADATA
# title: CI deploys
# description: >-
#   A CI workflow deploys the application (a deploy job or environment; ssh, docker compose,
#   kubectl, helm, flyctl or cloud deploy steps) when main changes or a release is tagged, so what
#   runs in production is what was reviewed and tested, deployed the same way every time.
# custom:
#   id: automation.ci.deploy
#   category: automation
#   severity: high
#   evidence:
#     - a workflow whose jobs deploy (environment, deploy steps) triggered by push to main/master, tags, releases or manual dispatch
#     - a deploy stage in GitLab CI, CircleCI, Jenkins or Azure Pipelines
#   remediation: Add a deploy workflow triggered on main and tags (readiness fix generates .github/workflows/deploy.yml).
#   fixable: true
#   seed: No deployment workflow
package readiness.checks.automation.ci_deploy

import rego.v1

import data.readiness.lib.findings as f
import data.readiness.lib.repo

_release_trigger(w) if {
	some t in w.triggers
	t.event in {"push", "release", "workflow_dispatch", "workflow_run", "schedule", "repository_dispatch"}
}

# Non-GitHub pipelines have no trigger model in the facts: their deploy stages count.
_release_trigger(w) if w.provider != "github"

_release_trigger(w) if count(w.triggers) == 0

deny contains f.repo("no CI workflow deploys the application") if {
	count(repo.workflows_with("deploy")) == 0
}

warn contains f.at(w.file, w.line, sprintf("workflow:%s", [w.file]), "the deploy workflow only runs on pull requests, not on main or tags") if {
	deploys := repo.workflows_with("deploy")
	count(deploys) > 0
	count([x | some x in deploys; _release_trigger(x)]) == 0
	w := deploys[0]
}
