package readiness.checks.security.container_non_root_test

import rego.v1

import data.readiness.checks.security.container_non_root as check
import data.readiness.lib.fixtures as fx

test_passes_with_a_user_instruction if {
	d := fx.dockerfiles([fx.dockerfile("Dockerfile", [{}, {"user": {"value": "app", "line": 20}}])])
	check.passing == 1 with input as d
	check.total == 1 with input as d
}

test_user_in_an_earlier_stage_does_not_count if {
	d := fx.dockerfiles([fx.dockerfile("Dockerfile", [{"user": {"value": "app", "line": 5}}, {}])])
	check.passing == 0 with input as d
}

test_fails_for_user_root if {
	d := fx.dockerfiles([fx.dockerfile("a/Dockerfile", [{"user": {"value": "root", "line": 5}}]), fx.dockerfile("b/Dockerfile", [{"user": {"value": "1000:1000", "line": 5}}])])
	check.total == 2 with input as d
	check.passing == 1 with input as d
	some finding in check.deny with input as d
	finding.file == "a/Dockerfile"
}

test_compose_user_counts if {
	d := object.union(
		fx.compose([{"name": "api", "user": "1000", "build": {"context": ".", "dockerfile": "Dockerfile", "contextExists": true, "dockerfileExists": true, "target": null, "line": 3}}]),
		{"dockerfiles": [fx.dockerfile("Dockerfile", [{}])]},
	)
	check.passing == 1 with input as d
}
