package readiness.checks.infrastructure.dockerignore_test

import rego.v1

import data.readiness.checks.infrastructure.dockerignore as check
import data.readiness.lib.fixtures as fx

test_passes_with_dockerignore_in_context if {
	d := object.union(fx.files(["backend/Dockerfile", "backend/.dockerignore"]), {"dockerfiles": [fx.dockerfile("backend/Dockerfile", [{}])]})
	check.total == 1 with input as d
	check.passing == 1 with input as d
}

test_fails_without_dockerignore if {
	d := object.union(fx.files(["Dockerfile", "frontend/Dockerfile"]), {"dockerfiles": [fx.dockerfile("Dockerfile", [{}]), fx.dockerfile("frontend/Dockerfile", [{}])]})
	check.total == 2 with input as d
	check.passing == 0 with input as d
	some finding in check.deny with input as d
	finding.resource == "context:frontend"
}
