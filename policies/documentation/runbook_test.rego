package readiness.checks.documentation.runbook_test

import rego.v1

import data.readiness.checks.documentation.runbook as check
import data.readiness.lib.fixtures as fx

_doc(file, topics) := fx.document(file, "other", {"topics": [fx.doc_topic(t, i + 3) | some i, t in topics]})

test_passes_with_restore_and_backup_instructions if {
	d := fx.repo_doc({"docs": [_doc("docs/administration.md", ["backup", "restore"])]})
	count(check.deny) == 0 with input as d
	count(check.warn) == 0 with input as d
}

test_warns_for_troubleshooting_notes_only if {
	d := fx.repo_doc({"docs": [_doc("README.md", ["troubleshoot"])]})
	count(check.warn) == 1 with input as d
	count(check.deny) == 0 with input as d
}

test_a_runbook_named_file_without_instructions_fails if {
	count(check.deny) == 1 with input as fx.repo_doc({"docs": [fx.document("RUNBOOK.md", "runbook", {})]})
}

test_docs_of_source_packages_do_not_count if {
	count(check.deny) == 1 with input as fx.repo_doc({"docs": [_doc("internal/scheduler/README.md", ["restore", "troubleshoot"])]})
}

test_fails_without_runbook if {
	count(check.deny) == 1 with input as fx.doc({})
}
