# METADATA
# title: Deployment is scripted
# description: >-
#   Deploying is one command (a deploy script, an installer that brings the product up, a Makefile
#   target, a deploy workflow or an Ansible playbook/role) rather than steps typed on a server, and
#   deploy scripts stop at the first failing command (`set -e` / `set -euo pipefail` or equivalent)
#   instead of carrying on with a half-deployed system. Container entrypoints, init/service files
#   inside an image tree (rootfs, s6, runit), completion files and tests are not deploy scripts.
# custom:
#   id: automation.deploy.script
#   category: automation
#   severity: medium
#   evidence:
#     - deploy scripts (deploy*.sh, scripts/deploy*, release scripts that deploy, install/setup scripts that start the product)
#     - Makefile deploy targets, deploy workflows, Ansible playbooks (playbooks/*.yml) and roles (roles/*/tasks)
#     - set -e / set -o errexit in deploy scripts
#   remediation: Keep a deploy script with set -euo pipefail (or a deploy workflow).
#   fixable: false
#   seed: deploy.sh basic implementation
package readiness.checks.automation.deploy_script

import rego.v1

import data.readiness.lib.findings as f
import data.readiness.lib.repo

_deploy_scripts := [s | some s in input.repo.scripts; s.kind == "deploy"]

_scripted if count(_deploy_scripts) > 0

# A Make target that deploys: by name, or by what its recipe runs (a "release" target that only
# builds or tags images is not a deployment).
_scripted if {
	some t in input.repo.makeTargets
	regex.match(`(?i)^(deploy|ship|up-prod|prod)`, t.name)
}

_scripted if {
	some t in input.repo.makeTargets
	"deploy" in t.intents
}

_scripted if repo.workflow_intent("deploy")

# An Ansible playbook or role deploys with one command (ansible-playbook).
_scripted if {
	some p in repo.paths
	regex.match(`(^|/)(playbooks?/[^/]+|roles/[^/]+/tasks/main)\.ya?ml$`, p)
}

deny contains f.repo("deployment is not scripted: no deploy script, installer, Makefile deploy target, deploy workflow or Ansible playbook") if {
	not _scripted
}

warn contains f.at(s.file, s.line, sprintf("script:%s", [s.file]), msg) if {
	some s in _deploy_scripts
	s.shell in {"bash", "sh", "zsh", "ash", "dash"}
	s.setE != true
	msg := sprintf("%s does not stop on errors (no set -e): a failed step leaves a half-deployed system", [s.file])
}
