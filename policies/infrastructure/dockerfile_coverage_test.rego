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

test_a_frontend_copied_into_a_stage_of_the_root_image_is_covered if {
	df := fx.dockerfile("Dockerfile", [
		{"name": "frontend", "copies": [{"line": 3, "instruction": "COPY", "sources": ["./src-ui"], "dest": "/src/src-ui", "from": null, "chown": null, "chmod": null}]},
		{"copies": [{"line": 9, "instruction": "COPY", "sources": ["."], "dest": ".", "from": null, "chown": null, "chmod": null}]},
	])
	ui := object.union(fx.component({"dir": "src-ui", "ecosystem": "node", "framework": "angular", "manifest": "src-ui/package.json", "kind": "frontend"}), {"dockerfile": null})
	other := object.union(fx.component({"dir": "docs-site", "ecosystem": "node", "framework": "vite", "manifest": "docs-site/package.json", "kind": "frontend"}), {"dockerfile": null})
	d := fx.doc({"dockerfiles": [df], "repo": object.union(fx.empty_doc.repo, {"components": [ui, other]})})
	check.total == 2 with input as d
	check.passing == 1 with input as d
	some finding in check.deny with input as d
	finding.file == "docs-site/package.json"
}

test_mobile_apps_are_not_judged if {
	app := object.union(fx.component({"dir": "apps/mobile", "ecosystem": "node", "framework": "expo", "manifest": "apps/mobile/package.json", "kind": "mobile"}), {"dockerfile": null})
	check.total == 0 with input as fx.doc({"repo": object.union(fx.empty_doc.repo, {"components": [app]})})
}
