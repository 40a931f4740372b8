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

# Deploy commands and actions, for workflows the scanner did not classify.
_deploy_command := `(?i)(kubectl (apply|set image|rollout)|helm (upgrade|install)|flyctl deploy|fly deploy|railway up|vercel (deploy|--prod)|netlify deploy|heroku (container:release|releases)|gcloud (run|app) deploy|aws ecs update-service|aws deploy|az (webapp|containerapp) (up|update|deploy)|docker (stack|compose[^\n]*) up|ssh [^\n]*(deploy|compose|docker))`

_deploying := [w | some w in input.workflows; _deploys(w)]

_deploys(w) if {
	some x in repo.workflows_with("deploy")
	x.file == w.file
}

_deploys(w) if {
	some j in w.jobs
	some s in j.steps
	s.run != null
	regex.match(_deploy_command, s.run)
}

_deploys(w) if {
	some j in w.jobs
	some s in j.steps
	s.uses != null
	regex.match(`(?i)(deploy|azure/webapps|google-github-actions/deploy|aws-actions/amazon-ecs-deploy|appleboy/ssh-action)`, s.uses.action)
}

deny contains f.repo("no CI workflow deploys the application") if {
	count(_deploying) == 0
}

warn contains f.at(w.file, w.line, sprintf("workflow:%s", [w.file]), "the deploy workflow only runs on pull requests, not on main or tags") if {
	count(_deploying) > 0
	count([x | some x in _deploying; _release_trigger(x)]) == 0
	w := _deploying[0]
}
