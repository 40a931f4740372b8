package readiness.checks.documentation.deployment_test

import rego.v1

import data.readiness.checks.documentation.deployment as check
import data.readiness.lib.fixtures as fx

_h(text, line) := {"text": text, "level": 2, "line": line}

test_passes_with_a_deployment_guide if {
	d := fx.repo_doc({"docs": [fx.document("DEPLOYMENT.md", "deployment", {"headings": [_h("Environments", 3), _h("Steps", 9)], "codeBlocks": 3})]})
	count(check.deny) == 0 with input as d
	count(check.warn) == 0 with input as d
}

test_warns_for_a_thin_readme_section if {
	d := fx.repo_doc({"docs": [fx.document("README.md", "readme", {"headings": [_h("Deployment", 20)], "codeBlocks": 1})]})
	count(check.deny) == 0 with input as d
	count(check.warn) == 1 with input as d
}

test_fails_without_guide if {
	count(check.deny) == 1 with input as fx.repo_doc({"docs": [fx.document("README.md", "readme", {"headings": [_h("Usage", 3)]})]})
}
