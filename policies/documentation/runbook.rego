# METADATA
# title: A runbook covers recovery
# description: >-
#   Operators have written procedures for bad days, judged by content: how to restore the data
#   (restore/recovery instructions with commands or real prose) and how to take backups or diagnose a
#   failing instance (troubleshooting). Restore plus backup or troubleshooting passes; only some of them
#   (scattered notes) warns; none fails. Headings without instructions, docs of source packages and
#   development-tool docs do not count.
# custom:
#   id: docs.runbook
#   category: documentation
#   severity: medium
#   evidence:
#     - a doc section with restore/recovery instructions (pg_restore, psql < dump, restic restore, a restore command or procedure)
#     - a section with backup instructions or troubleshooting steps (logs, doctor scripts, common problems)
#     - only some of these: partial (warn)
#   remediation: Write RUNBOOK.md with restore, rollback and incident steps (readiness fix generates it).
#   fixable: true
#   seed: No disaster recovery plan
package readiness.checks.documentation.runbook

import rego.v1

import data.readiness.lib.findings as f
import data.readiness.lib.repo

_ops := repo.doc_topics & {"restore", "backup", "troubleshoot"}

_complete if {
	"restore" in _ops
	count(_ops) >= 2
}

deny contains f.repo("no runbook: no doc says how to restore the data, take backups or troubleshoot a failing instance") if {
	count(_ops) == 0
}

warn contains f.at(s.file, s.line, "section", msg) if {
	count(_ops) > 0
	not _complete
	t := [x | some x in ["restore", "backup", "troubleshoot"]; x in _ops][0]
	s := repo.doc_topic_sections(t)[0]
	missing := [x | some x in ["restore", "backup", "troubleshoot"]; not x in _ops]
	msg := sprintf("only scattered operational notes (%s at '%s'); missing: %s", [concat(", ", sort(_ops)), s.section, concat(", ", missing)])
}
