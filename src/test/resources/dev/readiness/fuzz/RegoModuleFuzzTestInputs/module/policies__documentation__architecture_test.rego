package readiness.checks.documentation.architecture_test

import rego.v1

import data.readiness.checks.documentation.architecture as check
import data.readiness.lib.fixtures as fx

test_passes_with_architecture_doc if {
	count(check.deny) == 0 with input as fx.repo_doc({"docs": [fx.document("ARCHITECTURE.md", "architecture", {})]})
}

test_passes_with_a_readme_section if {
	count(check.deny) == 0 with input as fx.repo_doc({"docs": [fx.document("README.md", "readme", {"headings": [{"text": "Architecture", "level": 2, "line": 8}]})]})
}

test_passes_with_a_diagram if {
	count(check.deny) == 0 with input as fx.files(["docs/system.drawio"])
}

test_fails_without_overview if {
	count(check.deny) == 1 with input as fx.files(["README.md"])
}
