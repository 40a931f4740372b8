# METADATA
# title: No secrets are committed
# description: >-
#   No real secret is committed to the repository: private keys, cloud access keys and API tokens in any
#   file but tests, docs and translations; chosen-looking values (not stand-ins, defaults or test values)
#   of secret-named settings in production configuration (env files, compose environment, Dockerfiles,
#   workflows, config files); hard-coded fallbacks of secret settings (`${DB_PASSWORD:-literal}` in
#   compose, `os.getenv("SECRET_KEY", "literal")` in settings); literal JWT signing keys in application
#   code; committed password and key files, also those wired in through compose `secrets: file:`.
#   Not secrets: digests and commit ids, names of variables, attributes and paths, references to a
#   secret store or variable, comments, templates and samples (their stand-ins are judged by
#   security.secrets.placeholders), test fixtures, CI-only and development setups, translated UI text.
#   A committed secret is compromised for as long as the history exists. Only the location and the kind
#   of secret are reported, never the value.
# custom:
#   id: security.secrets.committed
#   category: security
#   severity: critical
#   evidence:
#     - known credential formats (private keys, AWS/GCP keys, GitHub/GitLab/Slack/Stripe/npm tokens, registry credentials) in tracked files
#     - secret-named settings with chosen-looking literal values in tracked production configuration and settings fallbacks
#     - literal JWT signing keys in application code
#     - committed password/key files, including compose secrets read from a tracked file
#     - secret values and credentials in URLs written into production compose environment
#   remediation: Rotate the secret, remove it from the file, load it from the environment or a secret store, and gitignore the file.
#   fixable: false
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

# Files whose values are not production values (tests, CI-only, development, samples, docs, translations).
_not_production(file) if input.repo.fileContexts[file]

_messages := {
	"password-assignment": "a secret setting with a literal value",
	"hard-coded-fallback": "a hard-coded fallback for a secret setting",
	"jwt-signing-key": "a literal JWT signing key",
	"password-file": "a file holding a password",
}

_describe(kind) := _messages[kind]

_describe(kind) := kind if not _messages[kind]

deny contains f.at(s.file, s.line, s.file, msg) if {
	some s in input.repo.committedSecrets
	_committed(s.tracked)
	msg := sprintf("%s committed in %s", [_describe(s.kind), s.file])
}

deny contains f.at(e.file, k.line, sprintf("env:%s", [k.key]), msg) if {
	some e in input.envFiles
	e.template != true
	not e.environment in {"example", "development", "testing", "test", "local"}
	not _not_production(e.file)
	_committed(e.tracked)
	e.gitignored != true
	some k in e.keys
	k.kind in {"secret", "url-with-credentials"}
	not _reported(e.file, k.line)
	msg := sprintf("%s holds a real %s value for %s", [e.file, k.kind, k.key])
}

deny contains f.at(file, env.line, sprintf("service:%s", [svc.name]), msg) if {
	some svc in compose.all_services
	some env in svc.environment
	env.kind in {"secret", "url-with-credentials"}
	file := object.get(env, "file", svc.file)
	not _not_production(file)
	not _reported(file, env.line)
	msg := sprintf("service %s has a hard-coded %s value for %s in %s", [svc.name, env.kind, env.key, file])
}

_reported(file, line) if {
	some s in input.repo.committedSecrets
	s.file == file
	s.line == line
}
