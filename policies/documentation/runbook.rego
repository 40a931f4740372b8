# METADATA
# title: An operational runbook exists
# description: >-
#   An operational runbook or disaster recovery plan (RUNBOOK.md, docs/runbook*, docs/operations*,
#   DISASTER_RECOVERY.md) says how to restore from backup, roll back a release and handle incidents,
#   written before it is needed at 3am. Scattered recovery notes in other docs are partial.
# custom:
#   id: docs.runbook
#   category: documentation
#   severity: medium
#   evidence:
#     - RUNBOOK.md, docs/runbook*, docs/operations*, DISASTER_RECOVERY.md, playbooks
#     - headings about restore, rollback, recovery or incidents in other docs (partial)
#   remediation: Write RUNBOOK.md with restore, rollback and incident steps (readiness fix generates it).
#   fixable: true
#   seed: No disaster recovery plan
package readiness.checks.documentation.runbook

import rego.v1

import data.readiness.lib.findings as f
import data.readiness.lib.repo

_ops_heading := `(?i)(restore|rollback|roll back|disaster|recovery|incident|on-call|troubleshoot|backup)`

_sections contains [d, h] if {
	some d in input.repo.docs
	d.kind != "runbook"
	some h in d.headings
	regex.match(_ops_heading, h.text)
}

deny contains f.repo("no runbook or disaster recovery plan") if {
	count(repo.docs_of("runbook")) == 0
	count(_sections) == 0
}

warn contains f.at(d.file, h.line, "section", sprintf("only scattered operational notes (%s) instead of a runbook", [h.text])) if {
	count(repo.docs_of("runbook")) == 0
	some pair in _sections
	d := pair[0]
	h := pair[1]
}
