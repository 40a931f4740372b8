# METADATA
# title: Production settings hold no placeholder secrets
# description: >-
#   Production and staging env files (and their templates) and the production compose config hold no
#   placeholder or empty values for secret settings (changeme, CHANGE_ME, your-secret-key-here, xxx,
#   password, secret, <...>): such values ship as-is far more often than anyone intends.
# custom:
#   id: security.secrets.placeholders
#   category: security
#   severity: high
#   evidence:
#     - secret-like keys with placeholder or empty values in .env.production / .env.staging and their templates
#     - placeholder values for secret-like keys in the production compose environment
#   remediation: Generate real values at deploy time or mark the settings as required (${VAR:?}) so a missing value fails fast.
#   fixable: false
#   seed: Placeholder values in templates
package readiness.checks.security.secrets_placeholders

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f

_prod_env_files := [e | some e in input.envFiles; e.environment in {"production", "staging"}]

default applicable := false

applicable if count(_prod_env_files) > 0

applicable if compose.judging_production

deny contains f.at(e.file, k.line, sprintf("env:%s", [k.key]), msg) if {
	some e in _prod_env_files
	some k in e.keys
	k.secretLike == true
	k.kind in {"placeholder", "empty"}
	msg := sprintf("%s sets %s to a %s value", [e.file, k.key, k.kind])
}

deny contains f.at(svc.file, env.line, sprintf("service:%s", [svc.name]), msg) if {
	compose.judging_production
	some svc in compose.services
	some env in svc.environment
	env.kind == "placeholder"
	regex.match(`(?i)(pass|secret|token|key|credential|auth)`, env.key)
	msg := sprintf("service %s sets %s to a placeholder in the production config", [svc.name, env.key])
}
