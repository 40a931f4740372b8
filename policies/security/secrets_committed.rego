# METADATA
# title: No secrets are committed
# description: >-
#   No real secret is committed to the repository: private keys, cloud access keys, API tokens,
#   credentials in URLs or high-entropy passwords in env files, compose files, Dockerfiles or
#   workflows. A committed secret is compromised for as long as the history exists. Only the location
#   and the kind of secret are reported, never the value.
# custom:
#   id: security.secrets.committed
#   category: security
#   severity: critical
#   evidence:
#     - secret scanner findings (private keys, AWS/GCP keys, GitHub/Slack/Stripe tokens, high-entropy values) in tracked files
#     - secret-like keys with real-looking values in tracked, non-template env files
#     - secret values and credentials in URLs written into compose environment
#   remediation: Rotate the secret, remove it from the file, load it from the environment or a secret store, and gitignore the file.
#   fixable: true
package readiness.checks.security.secrets_committed

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f

# Nothing to judge in an empty tree (or one holding only documentation): "no secret found" needs files
# that were searched.
default applicable := false

applicable if {
	some file in input.files
	not _doc_only(file)
}

_doc_only(file) if {
	count(file.kinds) > 0
	every kind in file.kinds {
		kind == "doc"
	}
}

# Outside git every present file counts as committed: nothing says it is not.
_committed(tracked) if tracked == true

_committed(_) if input.target.git != true

deny contains f.at(s.file, s.line, s.file, msg) if {
	some s in input.repo.committedSecrets
	_committed(s.tracked)
	msg := sprintf("%s committed in %s", [s.kind, s.file])
}

deny contains f.at(e.file, k.line, sprintf("env:%s", [k.key]), msg) if {
	some e in input.envFiles
	e.template != true
	not e.environment in {"example", "development", "testing", "test", "local"}
	_committed(e.tracked)
	e.gitignored != true
	some k in e.keys
	k.kind in {"secret", "url-with-credentials"}
	not _reported(e.file, k.line)
	msg := sprintf("%s holds a real %s value for %s", [e.file, k.kind, k.key])
}

deny contains f.at(svc.file, env.line, sprintf("service:%s", [svc.name]), msg) if {
	some svc in compose.all_services
	some env in svc.environment
	env.kind in {"secret", "url-with-credentials"}
	not _reported(svc.file, env.line)
	msg := sprintf("service %s has a hard-coded %s value for %s in %s", [svc.name, env.kind, env.key, svc.file])
}

_reported(file, line) if {
	some s in input.repo.committedSecrets
	s.file == file
	s.line == line
}
