package readiness.checks.infrastructure.image_pinned_test

import rego.v1

import data.readiness.checks.infrastructure.image_pinned as check
import data.readiness.lib.fixtures as fx

test_passes_for_tags_and_digests if {
	d := object.union(
		fx.compose([{"name": "db", "image": fx.image("postgres", "16.4")}]),
		{"dockerfiles": [fx.dockerfile("Dockerfile", [{"from": object.union(fx.from("python", "3.12-slim"), {"digest": "sha256:abc"})}])]},
	)
	check.total == 2 with input as d
	check.passing == 2 with input as d
}

test_fails_for_latest_and_missing_tags if {
	d := object.union(
		fx.compose([{"name": "cache", "image": fx.image("redis", "latest")}]),
		{"dockerfiles": [fx.dockerfile("Dockerfile", [{"from": object.union(fx.from("node", "x"), {"tag": null, "raw": "node"})}])]},
	)
	check.total == 2 with input as d
	check.passing == 0 with input as d
	count(check.deny) == 2 with input as d
}

test_skips_scratch_stage_refs_and_built_images if {
	d := object.union(
		fx.compose([{"name": "api", "image": fx.image("myorg/api", "latest"), "build": {"context": ".", "dockerfile": "Dockerfile", "contextExists": true, "dockerfileExists": true, "target": null, "line": 3}}]),
		{"dockerfiles": [fx.dockerfile("Dockerfile", [{}, {"from": object.union(fx.from("builder", "x"), {"stageRef": 0})}, {"from": object.union(fx.from("scratch", "x"), {"scratch": true})}])]},
	)
	check.total == 1 with input as d
}
