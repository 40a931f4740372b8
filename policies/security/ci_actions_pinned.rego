# METADATA
# title: Third-party actions are pinned to a commit
# description: >-
#   Third-party GitHub Actions and reusable workflows called from another repository
#   (`jobs.<id>.uses: owner/repo/.github/workflows/x.yml@ref`) are referenced by a full 40-character
#   commit SHA, not a tag or branch
#   that their owner (or whoever compromises the owner) can move to different code that then runs with
#   the workflow's secrets, as happened with tj-actions/changed-files.
# custom:
#   id: security.ci.actions-pinned
#   category: security
#   severity: medium
#   evidence:
#     - uses owner/action@<40-hex SHA> for every action outside the actions/ and github/ organisations
#     - the same for job-level reusable workflows of other repositories (local ./.github/workflows/x.yml calls are not judged)
#   remediation: Pin each third-party action to the commit SHA of its release (a comment can keep the version readable).
#   fixable: false
package readiness.checks.security.ci_actions_pinned

import rego.v1

import data.readiness.lib.findings as f
import data.readiness.lib.repo

_judged contains s if {
	some s in repo.uses_steps | repo.uses_jobs
	s.uses.thirdParty == true
	not startswith(s.action, "./")
	not startswith(s.action, "docker://")
}

_pinned(s) if s.uses.pinned == true

_pinned(s) if regex.match(`^[0-9a-f]{40}$`, object.get(s.uses, "ref", ""))

total := count(_judged)

passing := count([s | some s in _judged; _pinned(s)])

deny contains f.at(s.file, s.line, sprintf("action:%s", [s.action]), msg) if {
	some s in _judged
	not _pinned(s)
	msg := sprintf("%s@%v is not pinned to a commit SHA", [s.action, s.uses.ref])
}
