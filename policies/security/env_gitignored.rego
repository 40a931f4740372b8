# METADATA
# title: Env files with real values are not committed
# description: >-
#   Env files that hold real values (.env, .env.production, *.local) are listed in .gitignore and not
#   tracked by git; only templates (.env.example, .env.template, .env.sample) with blanked values are
#   committed. A tracked env file leaks every secret in it to everyone with read access. An env file
#   holding only settings (no secret-named key with a value, no secret-looking value), such as
#   COMPOSE_PROJECT_NAME, is configuration and may be committed.
# custom:
#   id: security.env.gitignored
#   category: security
#   severity: high
#   evidence:
#     - .gitignore patterns covering the env file
#     - git ls-files reporting the env file as untracked
#     - tracked env files holding only settings (no secret-named key with a value) pass
#   remediation: Add the env files to .gitignore, untrack them (git rm --cached) and commit a template instead (readiness fix patches .gitignore).
#   fixable: true
package readiness.checks.security.env_gitignored

import rego.v1

import data.readiness.lib.findings as f

# Values of secret-named keys that are filled in: chosen ones, and stand-ins that get replaced in place
# (a tracked file whose placeholders are edited in is committed with the real values).
_real := {"secret", "url-with-credentials", "text", "number", "placeholder"}

_holds_values(e) if {
	some k in e.keys
	k.kind in {"secret", "url-with-credentials"}
}

_holds_values(e) if {
	some k in e.keys
	k.secretLike == true
	k.kind in _real
}

_judged := [e | some e in input.envFiles; e.template != true; e.environment != "example"]

_ok(e) if {
	e.gitignored == true
	e.tracked != true
}

# A tracked env file holding only settings is configuration, not leaked values.
_ok(e) if {
	e.tracked == true
	not _holds_values(e)
}

total := count(_judged)

passing := count([e | some e in _judged; _ok(e)])

deny contains f.file(e.file, msg) if {
	some e in _judged
	e.tracked == true
	_holds_values(e)
	msg := sprintf("%s is tracked by git", [e.file])
}

deny contains f.file(e.file, msg) if {
	some e in _judged
	e.tracked != true
	e.gitignored != true
	msg := sprintf("%s is not covered by .gitignore", [e.file])
}
