package readiness.checks.documentation.deployment_test

import rego.v1

import data.readiness.checks.documentation.deployment as check
import data.readiness.lib.fixtures as fx

_doc(file, kind, topics) := fx.document(file, kind, {"topics": [fx.doc_topic(t, i + 3) | some i, t in topics]})

test_passes_with_install_configure_and_upgrade if {
	d := fx.repo_doc({"docs": [_doc("docs/setup.md", "other", ["install", "configure", "upgrade"])]})
	count(check.deny) == 0 with input as d
	count(check.warn) == 0 with input as d
}

test_topics_may_come_from_several_docs if {
	d := fx.repo_doc({"docs": [_doc("README.md", "readme", ["install"]), _doc("docs/config.md", "other", ["configure", "backup"])]})
	count(check.deny) == 0 with input as d
	count(check.warn) == 0 with input as d
}

test_warns_for_a_quick_start_only if {
	d := fx.repo_doc({"docs": [_doc("README.md", "readme", ["install"])]})
	count(check.deny) == 0 with input as d
	some w in check.warn with input as d
	w.file == "README.md"
	contains(w.message, "missing: configure")
}

test_a_deployment_named_file_without_instructions_fails if {
	d := fx.repo_doc({"docs": [fx.document("DEPLOYMENT.md", "deployment", {"headings": [{"text": "Deployment", "level": 1, "line": 1}]})]})
	count(check.deny) == 1 with input as d
}

test_devcontainer_docs_do_not_count if {
	d := fx.repo_doc({"docs": [_doc(".devcontainer/README.md", "readme", ["install", "configure", "upgrade"])]})
	count(check.deny) == 1 with input as d
}
