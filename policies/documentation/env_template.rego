# METADATA
# title: An env template documents every variable
# description: >-
#   A committed template (.env.example, .env.template, .env.sample, .env.dist) lists every variable
#   the stack reads: the keys of the real env files and the ${VAR}s compose needs. A variable the
#   docs document (a configuration reference or deployment guide naming it) counts as documented.
#   It is how a new environment learns what to configure.
# custom:
#   id: docs.env-template
#   category: documentation
#   severity: medium
#   evidence:
#     - template env files (template or example environment)
#     - keys of non-template env files and unresolved compose variables, each expected in a template or the docs
#   remediation: Generate .env.example with every variable and blanked values (readiness fix does this).
#   fixable: true
package readiness.checks.documentation.env_template

import rego.v1

import data.readiness.lib.compose
import data.readiness.lib.findings as f
import data.readiness.lib.repo

_template(e) if e.template == true

_template(e) if e.environment == "example"

_documented := {k.key | some e in input.envFiles; _template(e); some k in e.keys} | repo.documented_env_vars

# Where each variable is read: first occurrence wins for the finding's position.
_reads contains {"name": k.key, "file": e.file, "line": k.line} if {
	some e in input.envFiles
	not _template(e)
	some k in e.keys
}

_reads contains {"name": v.name, "file": v.file, "line": v.line} if {
	some cfg in compose.selected_configs
	some v in cfg.unresolvedVariables
	v.hasDefault != true
}

_variables := {r.name | some r in _reads}

_has_template if {
	some e in input.envFiles
	_template(e)
}

# With no variable known to the scan, a template on its own satisfies the check.
total := count(_variables) if count(_variables) > 0

total := 1 if {
	count(_variables) == 0
	_has_template
}

total := 0 if {
	count(_variables) == 0
	not _has_template
}

passing := count(_variables & _documented) if count(_variables) > 0

passing := 1 if {
	count(_variables) == 0
	_has_template
}

passing := 0 if {
	count(_variables) == 0
	not _has_template
}

# The first place (by file, then line) each variable is read: one sort of all reads, then the head of
# each name's run, so an env file with 100,000 keys stays linear instead of scanning every read per name.
_sorted_reads := sort([[r.name, r.file, r.line] | some r in _reads])

_first_read := {r[0]: [r[1], r[2]] |
	some i, r in _sorted_reads
	_starts_run(i, r[0])
}

_starts_run(0, _)

_starts_run(i, name) if {
	i > 0
	_sorted_reads[i - 1][0] != name
}

deny contains f.at(pos[0], pos[1], sprintf("variable:%s", [name]), msg) if {
	some name in _variables - _documented
	pos := _first_read[name]
	msg := sprintf("%s is not documented in an env template", [name])
}
