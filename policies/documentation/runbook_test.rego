package readiness.checks.documentation.runbook_test

import rego.v1

import data.readiness.checks.documentation.runbook as check
import data.readiness.lib.fixtures as fx

test_passes_with_runbook if {
	d := fx.repo_doc({"docs": [fx.document("RUNBOOK.md", "runbook", {})]})
	count(check.deny) == 0 with input as d
	count(check.warn) == 0 with input as d
}

test_warns_for_a_restore_section_elsewhere if {
	d := fx.repo_doc({"docs": [fx.document("README.md", "readme", {"headings": [{"text": "Restoring a backup", "level": 2, "line": 40}]})]})
	count(check.warn) == 1 with input as d
	count(check.deny) == 0 with input as d
}

test_fails_without_runbook if {
	count(check.deny) == 1 with input as fx.doc({})
}
