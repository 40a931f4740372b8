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

test_a_dockerfile_built_from_another_context_is_judged_there if {
	df := object.union(fx.dockerfile("scripts/Dockerfile", [{}]), {"buildContexts": [{"dir": ".", "file": ".github/workflows/release.yml", "line": 304}]})
	d := fx.doc({"dockerfiles": [df], "files": [{"path": ".dockerignore", "kinds": [], "tracked": true, "ignored": false}, {"path": "scripts/Dockerfile", "kinds": ["dockerfile"], "tracked": true, "ignored": false}]})
	check.total == 1 with input as d
	check.passing == 1 with input as d
}

test_a_dockerfile_compose_builds_is_judged_at_the_compose_context if {
	df := fx.dockerfile(".ci/Dockerfile.cypress", [{}])
	svc := {"name": "cypress", "build": {"context": ".", "dockerfile": ".ci/Dockerfile.cypress", "contextExists": true, "dockerfileExists": true, "target": null, "line": 3}}
	d := object.union(fx.compose([svc]), {"dockerfiles": [df], "files": [{"path": ".dockerignore", "kinds": [], "tracked": true, "ignored": false}]})
	check.total == 1 with input as d
	check.passing == 1 with input as d
}
