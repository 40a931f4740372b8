package readiness.checks.infrastructure.dockerfile_coverage_test

import rego.v1

import data.readiness.checks.infrastructure.dockerfile_coverage as check
import data.readiness.lib.fixtures as fx

test_passes_when_every_component_has_a_dockerfile if {
	d := fx.components([{"dir": "backend", "dockerfile": "backend/Dockerfile", "usedBy": ["compose:api"]}])
	check.passing == 1 with input as d
	check.total == 1 with input as d
}

test_fails_for_the_frontend_without_dockerfile if {
	d := fx.components([
		{"dir": "backend", "dockerfile": "backend/Dockerfile", "usedBy": ["compose:api"]},
		{"dir": "frontend", "ecosystem": "node", "framework": "vite", "kind": "frontend", "manifest": "frontend/package.json", "usedBy": ["script:start.sh"]},
	])
	check.total == 2 with input as d
	check.passing == 1 with input as d
	some finding in check.deny with input as d
	finding.file == "frontend/package.json"
}

test_libraries_are_not_judged if {
	check.total == 0 with input as fx.components([{"dir": "shared", "kind": "library"}])
}

test_unused_components_count_when_nothing_is_wired if {
	check.total == 1 with input as fx.components([{"dir": "api"}])
}
