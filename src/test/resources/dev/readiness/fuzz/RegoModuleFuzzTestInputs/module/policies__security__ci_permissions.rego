# METADATA
# title: Workflows use least-privilege permissions
# description: >-
#   Every GitHub workflow declares `permissions:` at the top level or on each job (contents: read
#   unless it needs more), none grants write-all, and none combines pull_request_target with a checkout
#   of the pull request's head, which runs untrusted code with secrets and a write token.
# custom:
#   id: security.ci.permissions
#   category: security
#   severity: medium
#   evidence:
#     - top-level permissions, or permissions on every job
#     - no permissions write-all
#     - no pull_request_target workflow that checks out the PR head ref
#   remediation: Add permissions contents read at the top of each workflow and widen per job only where needed (readiness fix does this).
#   fixable: true
package readiness.checks.security.ci_permissions

import rego.v1

import data.readiness.lib.findings as f

_judged := [w | some w in input.workflows; w.provider == "github"]

_declared(w) if {
	w.permissions != null
	w.permissions.declared == true
}

_declared(w) if {
	count(w.jobs) > 0
	every j in w.jobs {
		j.permissions != null
	}
}

_write_all(w) if w.permissions.writeAll == true

_write_all(w) if {
	some j in w.jobs
	j.permissions.writeAll == true
}

_pwn_request(w) if {
	w.pullRequestTarget == true
	w.checksOutPrHead == true
}

_ok(w) if {
	_declared(w)
	not _write_all(w)
	not _pwn_request(w)
}

total := count(_judged)

passing := count([w | some w in _judged; _ok(w)])

deny contains f.at(w.file, w.line, sprintf("workflow:%s", [w.file]), sprintf("%s declares no permissions: its token gets the repository default (often write)", [w.file])) if {
	some w in _judged
	not _declared(w)
}

deny contains f.at(w.file, w.line, sprintf("workflow:%s", [w.file]), sprintf("%s grants write-all permissions", [w.file])) if {
	some w in _judged
	_write_all(w)
}

deny contains f.at(w.file, w.line, sprintf("workflow:%s", [w.file]), sprintf("%s runs on pull_request_target and checks out the pull request head", [w.file])) if {
	some w in _judged
	_pwn_request(w)
}
