# METADATA
# title: An env template documents every variable
# description: >-
#   A committed template (.env.example, .env.template, .env.sample, .env.dist) lists every variable
#   the stack reads: the keys of the real env files and the ${VAR}s compose needs. It is how a new
#   environment learns what to configure.
# custom:
#   id: docs.env-template
#   category: documentation
#   severity: medium
#   evidence:
#     - template env files (template or example environment)
#     - keys of non-template env files and unresolved compose variables, each expected in a template
#   remediation: Generate .env.example with every variable and blanked values (readiness fix does this).
#   fixable: true
package readiness.checks.documentation.env_template

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f

_template(e) if e.template == true

_template(e) if e.environment == "example"

_documented := {k.key | some e in input.envFiles; _template(e); some k in e.keys}

# Where each variable is read: first occurrence wins for the finding's position.
_reads contains {"name": k.key, "file": e.file, "line": k.line} if {
	some e in input.envFiles
	not _template(e)
	some k in e.keys
}

_reads contains {"name": v.name, "file": v.file, "line": v.line} if {
	some cfg in compose.selected_configs
	some v in cfg.unresolvedVariables
}

_variables := {r.name | some r in _reads}

total := count(_variables)

passing := count(_variables & _documented)

deny contains f.at(r[0], r[1], sprintf("variable:%s", [name]), msg) if {
	some name in _variables - _documented
	r := sort([[x.file, x.line] | some x in _reads; x.name == name])[0]
	msg := sprintf("%s is not documented in an env template", [name])
}
