package readiness.checks.infrastructure.compose_build_context_test

import rego.v1

import data.readiness.checks.infrastructure.compose_build_context as check
import data.readiness.lib.fixtures as fx

_build(ctx, ok_ctx, ok_df) := {"context": ctx, "dockerfile": sprintf("%s/Dockerfile", [ctx]), "contextExists": ok_ctx, "dockerfileExists": ok_df, "target": null, "line": 5}

test_passes_when_dockerfile_exists if {
	d := fx.compose([{"name": "api", "build": _build("backend", true, true)}])
	check.passing == 1 with input as d
	check.total == 1 with input as d
}

test_fails_when_dockerfile_is_missing if {
	d := fx.compose([{"name": "api", "build": _build("backend", true, true)}, {"name": "web", "build": _build("frontend", true, false)}])
	check.total == 2 with input as d
	check.passing == 1 with input as d
	some finding in check.deny with input as d
	finding.resource == "service:web"
	contains(finding.message, "frontend/Dockerfile")
}

test_fails_when_context_is_missing if {
	d := fx.compose([{"name": "web", "build": _build("frontend", false, false)}])
	some finding in check.deny with input as d
	contains(finding.message, "does not exist")
}

test_not_applicable_without_builds if {
	check.total == 0 with input as fx.compose([{"name": "db", "image": fx.image("postgres", "16")}])
}
